import ErfaringKit
import Foundation
import Testing

@Suite("Finding the curriculum and its version")
struct CurriculumLocatorTests {
    /// A folder with `Curriculum/course.yaml`, so the locator accepts it.
    private func curriculumFolder(_ root: URL, _ name: String) throws -> URL {
        let folder = root.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("Curriculum"),
                                                withIntermediateDirectories: true)
        try Data("id: x\n".utf8).write(to: folder.appendingPathComponent("Curriculum/course.yaml"))
        return folder
    }

    private func temporaryRoot() throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("locator-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        return root
    }

    @Test("an installed binary opens ../share/erfaring")
    func installedShare() throws {
        let root = try temporaryRoot()
        defer { try? FileManager.default.removeItem(at: root) }
        let share = try curriculumFolder(root, "usr/share/erfaring")
        let repository = try curriculumFolder(root, "repo")
        let locator = CurriculumLocator(environment: [:], executable: root.appendingPathComponent("usr/bin/erfaring"),
                                        buildRepository: repository)
        #expect(try locator.locate(option: nil).path == share.standardizedFileURL.path)
    }

    @Test("an installed binary without its share folder never falls back to the build repository")
    func installedNeverUsesBuildFolder() throws {
        let root = try temporaryRoot()
        defer { try? FileManager.default.removeItem(at: root) }
        let repository = try curriculumFolder(root, "repo")
        let locator = CurriculumLocator(environment: [:], executable: root.appendingPathComponent("usr/bin/erfaring"),
                                        buildRepository: repository)
        #expect(throws: CurriculumReadError.self) { try locator.locate(option: nil) }
        do {
            _ = try locator.locate(option: nil)
        } catch {
            #expect(!error.description.contains(repository.path))
            #expect(error.description.contains("usr/share/erfaring"))
        }
    }

    @Test("a binary still in the repository's .build folder opens that repository")
    func builtInPlace() throws {
        let root = try temporaryRoot()
        defer { try? FileManager.default.removeItem(at: root) }
        let repository = try curriculumFolder(root, "repo")
        let executable = repository.appendingPathComponent(".build/x86_64-unknown-linux-gnu/debug/erfaring")
        let locator = CurriculumLocator(environment: [:], executable: executable, buildRepository: repository)
        #expect(try locator.locate(option: nil).path == repository.path)
    }

    @Test("course.yaml may give the curriculum's own version; without it there is none")
    func courseVersion() throws {
        let base = try Fixtures.baseFiles()
        #expect(try #require(CurriculumLoader.load(files: base).curriculum).course.version == nil)
        let files = base.map { file -> CurriculumFile in
            guard file.role == .course else { return file }
            var changed = file
            let text = String(decoding: file.bytes, as: UTF8.self)
            changed.bytes = Array(("version: \"2026.1\"\n" + text).utf8)
            #expect(text.hasPrefix("id:"))
            return changed
        }
        let result = CurriculumLoader.load(files: files)
        #expect(result.diagnostics.map(\.summary) == [])
        #expect(try #require(result.curriculum).course.version?.value == "2026.1")
    }
}
