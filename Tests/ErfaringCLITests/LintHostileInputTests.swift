import Foundation
import Testing

/// `erfaring lint`, the real binary, on hostile content and folders: bounded output, exit
/// codes that say what happened, nothing raw on the terminal.
@Suite("erfaring lint on hostile input")
struct LintHostileInputTests {
    private func copyOfBase() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("erfaring-lint-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: Binary.fixtures.appendingPathComponent("base"), to: folder)
        return folder
    }

    private func append(_ text: String, to file: URL) throws {
        let handle = try FileHandle(forWritingTo: file)
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(text.utf8))
        try handle.close()
    }

    private static func hasRawControl(_ text: String) -> Bool {
        text.unicodeScalars.contains { scalar in
            switch scalar.value {
            case 0x09, 0x0A: return false
            case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: return true
            default: return false
            }
        }
    }

    @Test("30,000 wrong keys: 100 shown and one 'and N more' line, in text and JSON")
    func cappedOutput() throws {
        let folder = try copyOfBase()
        defer { try? FileManager.default.removeItem(at: folder) }
        let module = folder.appendingPathComponent("Curriculum/basics.yaml")
        try append((0..<30_000).map { "wrong-\($0): 1\n" }.joined(), to: module)
        let text = try InProcess.run(["lint", "."], directory: folder)
        #expect(text.status == 65)
        #expect(text.stdout.components(separatedBy: "[unknown-key]").count - 1 == 100)
        #expect(text.stdout.contains("Curriculum/basics.yaml: note: and 29900 more problems in this file (29900 errors) not shown"))
        #expect(text.stdout.hasSuffix("30000 errors in 6 files\n"))
        #expect(text.stdout.utf8.count < 100_000)
        let json = try InProcess.run(["lint", "--format", "json", "."], directory: folder)
        #expect(json.status == 65)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(object["errors"] as? Int == 30_000)
        #expect((object["diagnostics"] as? [Any])?.count == 100)
        let omitted = try #require(object["omitted"] as? [[String: Any]])
        #expect(omitted.first?["file"] as? String == "Curriculum/basics.yaml")
        #expect(omitted.first?["errors"] as? Int == 29_900)
    }

    @Test("escapes in a key and in a file name come out visible, in text and JSON")
    func escapesAreVisible() throws {
        let folder = try copyOfBase()
        defer { try? FileManager.default.removeItem(at: folder) }
        let name = "Quizzes/\u{1B}[2Jbasics.yaml"
        try FileManager.default.moveItem(at: folder.appendingPathComponent("Quizzes/basics.yaml"),
                                         to: folder.appendingPathComponent(name))
        try append("\"\\e]52;c;aGk=\\a\": 1\n\"\\e]52;c;aGk=\\a\": 2\n", to: folder.appendingPathComponent(name))
        for arguments in [["lint", "."], ["lint", "--format", "json", "."]] {
            let result = try InProcess.run(arguments, directory: folder)
            #expect(result.status == 65)
            #expect(!Self.hasRawControl(result.stdout + result.stderr), "\(arguments)")
            #expect(result.stdout.contains("]52;c;aGk="))
            #expect(result.stdout.contains("[2Jbasics.yaml"))
        }
        // The shell and stats print the first errors when they refuse to start: escaped too.
        let home = folder.appendingPathComponent("home")
        for arguments in [["--curriculum", folder.path], ["stats", "--curriculum", folder.path]] {
            let result = try Binary.run(arguments, environment: ["ERFARING_HOME": home.path])
            #expect(result.status == 65)
            #expect(result.stderr.contains("duplicate key '\\u{1B}]52;c;aGk=\\u{7}'"), "\(result.stderr)")
            #expect(!Self.hasRawControl(result.stdout + result.stderr))
        }
    }

    @Test("a 100 MB file of NULs is refused from its size: short output, no content")
    func hugeFile() throws {
        let folder = try copyOfBase()
        defer { try? FileManager.default.removeItem(at: folder) }
        let big = folder.appendingPathComponent("Quizzes/huge.yaml")
        #expect(FileManager.default.createFile(atPath: big.path, contents: nil))
        let handle = try FileHandle(forWritingTo: big)
        try handle.truncate(atOffset: 100_000_000)
        try handle.close()
        let result = try InProcess.run(["lint", "."], directory: folder)
        #expect(result.status == 65)
        #expect(result.stdout == "Quizzes/huge.yaml:1:1: error: file is 100000000 bytes; the limit is 8388608 bytes [yaml-file-size]\n1 error in 7 files\n")
    }

    @Test("an unreadable 'Quizzes' folder is an I/O error (74), not a course without quizzes")
    func unreadableQuizzes() throws {
        let folder = try copyOfBase()
        defer { try? FileManager.default.removeItem(at: folder) }
        let quizzes = folder.appendingPathComponent("Quizzes")
        if geteuid() == 0 {
            // Root reads any folder: a link to itself fails to open as a forbidden folder does.
            try FileManager.default.removeItem(at: quizzes)
            try FileManager.default.createSymbolicLink(atPath: quizzes.path, withDestinationPath: "Quizzes")
        } else {
            try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: quizzes.path)
        }
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: quizzes.path) }
        let result = try InProcess.run(["lint", "."], directory: folder)
        #expect(result.status == 74)
        #expect(result.stderr.contains("cannot read folder '\(quizzes.path)': "), "\(result.stderr)")
        #expect(!result.stdout.contains("has no quiz"))
    }
}

/// A few seeded mutations through the real binary: exit 0 or 65 only, nothing raw on stdout,
/// and the closing line last.
@Suite("erfaring lint fuzzing, the real binary")
struct LintBinaryFuzzTests {
    static let fragments = [
        ": ", "- ", "&a ", "*a", "!!str ", "!x ", "\"", "{", "[", "\n", "\r", "\t", "\u{2028}", "\u{85}",
        "\"\\e[2J\"", "\"\\u202E\"", "id: x", "true", "~", "<<: ", "---\n", "æ",
    ]

    @Test("seeded inputs exit 0 or 65 with terminal-safe output", arguments: [11, 12, 13] as [UInt64])
    func fuzz(seed: UInt64) throws {
        var state = seed
        func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(max(1, bound)))
        }
        for _ in 0..<8 {
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("erfaring-fuzz-\(UUID().uuidString)")
            defer { try? FileManager.default.removeItem(at: folder) }
            try FileManager.default.copyItem(at: Binary.fixtures.appendingPathComponent("base"), to: folder)
            let targets = ["Curriculum/course.yaml", "Curriculum/basics.yaml", "Quizzes/basics.yaml", "Quizzes/next-steps.yaml"]
            let target = folder.appendingPathComponent(targets[next(targets.count)])
            var scalars = Array(String(decoding: try Data(contentsOf: target), as: UTF8.self).unicodeScalars)
            for _ in 0..<(1 + next(3)) {
                let at = next(scalars.count + 1)
                if next(2) == 0 {
                    scalars.insert(contentsOf: Self.fragments[next(Self.fragments.count)].unicodeScalars, at: at)
                } else {
                    scalars.removeSubrange(at..<min(scalars.count, at + 1 + next(12)))
                }
            }
            try Data(String(String.UnicodeScalarView(scalars)).utf8).write(to: target)
            let result = try InProcess.run(["lint", "."], directory: folder)
            #expect([0, 65].contains(result.status), "\(result.stderr)")
            #expect(!result.stdout.unicodeScalars.contains { ($0.value < 0x20 && $0 != "\n" && $0 != "\t") || (0x7F...0x9F).contains($0.value) || (0x2028...0x2029).contains($0.value) })
            let last = result.stdout.split(separator: "\n").last.map(String.init) ?? ""
            #expect(last.hasSuffix(" in 6 files"), "\(last)")
        }
    }
}
