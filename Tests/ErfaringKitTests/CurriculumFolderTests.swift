import ErfaringKit
import Foundation
import Testing

/// A curriculum folder that cannot be read is an I/O error, never an empty course.
@Suite("Reading the curriculum folders")
struct CurriculumFolderTests {
    private func copyOfBase() throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("erfaring-folder-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: try Fixtures.root.appendingPathComponent("base"), to: root)
        return root
    }

    @Test("'Quizzes' that is a file is an I/O error")
    func quizzesIsAFile() throws {
        let root = try copyOfBase()
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.removeItem(at: root.appendingPathComponent("Quizzes"))
        try Data("x".utf8).write(to: root.appendingPathComponent("Quizzes"))
        #expect(throws: CurriculumReadError.self) { try CurriculumLoader.files(in: root) }
    }

    @Test("'Quizzes' that cannot be opened is an I/O error naming the reason")
    func quizzesUnreadable() throws {
        let root = try copyOfBase()
        defer { try? FileManager.default.removeItem(at: root) }
        let quizzes = root.appendingPathComponent("Quizzes")
        try FileManager.default.removeItem(at: quizzes)
        // A symbolic link to itself fails as a permission problem does, even for root.
        try FileManager.default.createSymbolicLink(atPath: quizzes.path, withDestinationPath: "Quizzes")
        do {
            _ = try CurriculumLoader.files(in: root)
            Issue.record("an unreadable 'Quizzes' folder was read as empty")
        } catch {
            #expect(error.description.hasPrefix("cannot read folder '\(quizzes.path)': "))
        }
    }

    @Test("a missing 'Quizzes' folder is an empty one: the content rules report the missing quizzes")
    func quizzesMissing() throws {
        let root = try copyOfBase()
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.removeItem(at: root.appendingPathComponent("Quizzes"))
        #expect(try CurriculumLoader.files(in: root).allSatisfy { !$0.path.hasPrefix("Quizzes/") })
    }

    @Test("a FIFO named like a curriculum file is refused instead of blocking")
    func fifo() throws {
        let root = try copyOfBase()
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(mkfifo(root.appendingPathComponent("Quizzes/pipe.yaml").path, 0o600) == 0)
        do {
            _ = try CurriculumLoader.files(in: root)
            Issue.record("a FIFO was read")
        } catch {
            #expect(error.description.hasSuffix("pipe.yaml' is not a regular file"))
        }
    }
}
