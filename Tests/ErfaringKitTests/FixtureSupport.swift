import ErfaringKit
import Foundation
import Testing

/// Access to the fixtures beside the tests.
enum Fixtures {
    static var root: URL {
        get throws {
            try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil))
        }
    }

    /// The files of the small valid curriculum every broken fixture starts from.
    static func baseFiles() throws -> [CurriculumFile] {
        try CurriculumLoader.files(in: root.appendingPathComponent("base"))
    }

    /// Names of the broken fixtures, without `.yaml`.
    static var brokenNames: [String] {
        let folder = (try? root.appendingPathComponent("broken").path) ?? ""
        return ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
            .filter { $0.hasSuffix(".yaml") }.map { String($0.dropLast(5)) }.sorted()
    }

    struct Broken {
        var target: String
        var bytes: [UInt8]
        var expected: [String]
    }

    /// A broken fixture: its first line names the file it replaces, its `# expect:` lines at the
    /// end give every diagnostic it must produce.
    static func broken(_ name: String) throws -> Broken {
        let url = try root.appendingPathComponent("broken/\(name).yaml")
        let bytes = [UInt8](try Data(contentsOf: url))
        let text = String(decoding: bytes, as: UTF8.self)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let target = try #require(lines.first?.split(separator: " ").last.map(String.init))
        let expected = lines.filter { $0.hasPrefix("# expect: ") }.map { String($0.dropFirst(10)) }
        return Broken(target: target, bytes: bytes, expected: expected)
    }

    /// The base curriculum with one file replaced or added.
    static func load(overlaying broken: Broken) throws -> CurriculumLoadResult {
        var files = try baseFiles().filter { $0.path != broken.target }
        let role: CurriculumFile.Role = broken.target == "Curriculum/course.yaml" ? .course
            : broken.target.hasPrefix("Quizzes/") ? .quiz
            : broken.target.hasPrefix("Conversations/") ? .conversation : .module
        files.append(CurriculumFile(path: broken.target, role: role, bytes: broken.bytes))
        return CurriculumLoader.load(files: files)
    }
}

/// Compares `actual` with the golden file `name`; with `ERFARING_RECORD=1` it writes the file and
/// fails, so a recording is never mistaken for a pass.
func assertGolden(_ actual: String, _ name: String, folder: String = #filePath,
                  sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
    let url = URL(fileURLWithPath: folder).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/golden/\(name)")
    if ProcessInfo.processInfo.environment["ERFARING_RECORD"] == "1" {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(actual.utf8).write(to: url)
        Issue.record("recorded \(name); run again without ERFARING_RECORD", sourceLocation: sourceLocation)
        return
    }
    // Decoded by hand: String(contentsOf:) would drop a byte-order mark the golden file holds.
    let expected = String(decoding: try Data(contentsOf: url), as: UTF8.self)
    #expect(actual == expected, "differs from golden file \(name)", sourceLocation: sourceLocation)
}
