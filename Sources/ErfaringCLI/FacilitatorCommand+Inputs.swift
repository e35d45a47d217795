import ErfaringKit
import Foundation

/// What `facilitator report` reads: learners' export files, each checked on its own, so that one
/// bad file is reported and skipped and the rest of the cohort is still reported.
extension FacilitatorCommand.Report {
    /// The exports that could be read, and one message per file that was skipped.
    struct Inputs {
        var exports: [(file: String, export: ProgressExport)] = []
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
                inputs.exports.append((file, try readExport(data, file: file)))
            } catch let error as CLIError {
                inputs.skipped.append((file, error.description, error.status))
            } catch {
                inputs.skipped.append((file, "cannot read '\(file)': \(error)", .io))
            }
        }
        return inputs
    }

    /// Reads one learner's export, with a plain message for anything wrong with it.
    static func readExport(_ data: Data, file: String) throws -> ProgressExport {
        let shown = TextChecks.sanitized(file)
        if isXAPI(data) {
            throw CLIError.invalidContent("'\(shown)' holds xAPI statements ('erfaring export --format xapi'); "
                                          + "the report reads files written by 'erfaring export --format json'. "
                                          + "xAPI statements are read from a Learning Record Store with --lrs URL")
        }
        do {
            return try ProgressExport.read(data)
        } catch {
            throw CLIError.invalidContent("'\(shown)': \(error.description)")
        }
    }

    /// Whether `data` is xAPI statements: a JSON array of them, one statement, or one per line.
    static func isXAPI(_ data: Data) -> Bool {
        func isStatement(_ object: Any) -> Bool {
            guard let object = object as? [String: Any] else { return false }
            return object["actor"] != nil && object["verb"] != nil && object["object"] != nil
        }
        if let json = try? JSONSerialization.jsonObject(with: data) {
            if let list = json as? [Any] { return !list.isEmpty && list.allSatisfy(isStatement) }
            return isStatement(json)
        }
        let firstLine = data.prefix { $0 != UInt8(ascii: "\n") }
        return (try? JSONSerialization.jsonObject(with: Data(firstLine))).map(isStatement) ?? false
    }

    /// One export per learner id, in the order given, and what was left out: older exports by
    /// file name, and ties (two exports with the newest `exportedAt`), settled by content: the one
    /// with more progress, else the first by a digest of its content, so the order of the files
    /// never matters.
    static func newestPerLearner(_ exports: [(file: String, export: ProgressExport)])
        -> (newest: [(file: String, export: ProgressExport)], older: [String], ties: [String]) {
        var groups: [String: [Int]] = [:]
        for (index, entry) in exports.enumerated() { groups[entry.export.learner.id, default: []].append(index) }
        var kept = Set<Int>(), older = Set<Int>()
        var ties: [(index: Int, message: String)] = []
        for indices in groups.values {
            guard let newestAt = indices.map({ exports[$0].export.exportedAt }).max() else { continue }
            let top = indices.filter { exports[$0].export.exportedAt == newestAt }
            older.formUnion(indices.filter { exports[$0].export.exportedAt != newestAt })
            // Most progress first; on equal progress, the smaller digest (worked out only for a tie).
            let ranked = top.map { ($0, exports[$0].export.progressRank, top.count > 1 ? exports[$0].export.contentDigest : "") }
                .sorted { $0.1 != $1.1 ? $1.1.lexicographicallyPrecedes($0.1) : $0.2 < $1.2 }
            guard let winner = ranked.first else { continue }
            kept.insert(winner.0)
            let name = TextChecks.sanitized(exports[winner.0].file)
            for loser in ranked.dropFirst() {
                let why: String
                if loser.1 != winner.1 {
                    why = "counted '\(name)', which shows more progress"
                } else if loser.2 != winner.2 {
                    why = "they show the same progress but differ; counted '\(name)' (chosen by a digest of the content, "
                        + "whatever the order of the files)"
                } else {
                    why = "they are the same export; counted once"
                }
                ties.append((min(winner.0, loser.0),
                             "'\(TextChecks.sanitized(exports[min(winner.0, loser.0)].file))' and "
                             + "'\(TextChecks.sanitized(exports[max(winner.0, loser.0)].file))' are exports of one learner "
                             + "made at the same time (exportedAt '\(XAPIExporter.timestamp(newestAt))'): a tie; " + why))
            }
        }
        return (exports.indices.filter(kept.contains).map { exports[$0] },
                exports.indices.filter(older.contains).map { TextChecks.sanitized(exports[$0].file) },
                ties.sorted { $0.index < $1.index }.map(\.message))
    }

    /// Warnings for module ids in the exports that this course does not have: they are left out.
    static func unknownModules(_ exports: [(file: String, export: ProgressExport)], curriculum: Curriculum) -> [String] {
        let known = Set(curriculum.modules.map(\.id.value))
        return exports.compactMap { entry in
            let unknown = entry.export.modules.map(\.id).filter { !known.contains($0) }
            guard !unknown.isEmpty else { return nil }
            let names = unknown.prefix(5).map { "'\(TextChecks.sanitized($0))'" }.joined(separator: ", ")
                + (unknown.count > 5 ? " and \(unknown.count - 5) more" : "")
            return "erfaring: warning: '\(TextChecks.sanitized(entry.file))' has progress in module\(unknown.count == 1 ? "" : "s") "
                + "\(names), which this course does not have (an export from another version of the course?); left out"
        }
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
