import ErfaringKit
import Foundation

/// What `facilitator report` reads: learners' export files, each checked on its own (by
/// ``CohortExports``), so that one bad file is reported and skipped and the rest of the cohort is
/// still reported.
extension FacilitatorCommand.Report {
    /// The exports that could be read, and one message per file that was skipped.
    struct Inputs {
        var exports: [CohortExports.Entry] = []
        var skipped: [(file: String, message: String, status: ExitStatus)] = []
    }

    /// Reads every file; a file that cannot be read or is not a fit export is skipped with a message.
    static func readExports(_ files: [String], _ context: CommandContext) -> Inputs {
        var inputs = Inputs()
        // A file named twice is read once.
        var seen = Set<String>()
        for file in files where seen.insert(context.url(forPath: file).standardizedFileURL.path).inserted {
            do {
                let data = try readBoundedInput(file, limit: ProgressExport.Limits.fileSize, what: "an export file", context)
                inputs.exports.append((file, try CohortExports.decode(data, file: file)))
            } catch let error as CohortExports.InvalidExport {
                inputs.skipped.append((file, error.description, .invalidContent))
            } catch let error as CLIError {
                inputs.skipped.append((file, error.description, error.status))
            } catch {
                inputs.skipped.append((file, "cannot read '\(file)': \(error)", .io))
            }
        }
        return inputs
    }
}

/// The bytes of the file at `path`: refused before it is read when `stat` says it is larger than
/// `limit` bytes, and never more than one byte past `limit` read (a pipe or a device has no size).
func readBoundedInput(_ typed: String, limit: Int, what: String, _ context: CommandContext) throws -> Data {
    let shown = TextChecks.sanitized(typed)
    let path = context.url(forPath: typed).path
    var isFolder: ObjCBool = false
    if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
        throw CLIError.io("cannot read '\(shown)': it is a folder, not a file")
    }
    if let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int, size > limit {
        throw CLIError.invalidContent("'\(shown)' is \(size) bytes; \(what) may be at most "
                                      + "\(limit) bytes (\(limit >> 20) MB), so it was not read")
    }
    guard let file = fopen(path, "rb") else {
        throw CLIError.io("cannot read '\(shown)': \(String(cString: strerror(errno)))")
    }
    defer { fclose(file) }
    // At most one byte past the limit, whatever the size said: a pipe or a device has none, and a
    // file may grow between the check and the read.
    var data = Data()
    var buffer = [UInt8](repeating: 0, count: 1 << 16)
    while data.count <= limit {
        let count = fread(&buffer, 1, min(buffer.count, limit + 1 - data.count), file)
        if count == 0 { break }
        data.append(contentsOf: buffer[..<count])
    }
    if ferror(file) != 0 { throw CLIError.io("cannot read '\(shown)': \(String(cString: strerror(errno)))") }
    guard data.count <= limit else {
        throw CLIError.invalidContent("'\(shown)' is larger than \(limit) bytes; \(what) may be at most that")
    }
    return data
}
