import ErfaringKit
import Foundation
import Testing

@Suite("docs/curriculum-format.md")
struct FormatDocumentationTests {
    private var document: String {
        get throws {
            let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
                .deletingLastPathComponent().appendingPathComponent("docs/curriculum-format.md")
            return try String(contentsOf: url, encoding: .utf8)
        }
    }

    /// The ```yaml blocks of the document, in order.
    private func yamlBlocks() throws -> [String] {
        var blocks: [String] = []
        var current: [Substring]?
        for line in try document.split(separator: "\n", omittingEmptySubsequences: false) {
            if current == nil, line == "```yaml" {
                current = []
            } else if current != nil, line == "```" {
                blocks.append(current!.joined(separator: "\n") + "\n")
                current = nil
            } else {
                current?.append(line)
            }
        }
        return blocks
    }

    @Test("the course, module and quiz examples form a curriculum that lints clean")
    func fullExamples() throws {
        let result = CurriculumLoader.load(files: try exampleFiles())
        #expect(result.diagnostics.map(\.summary) == [])
        #expect(result.curriculum?.quiz(for: "recovery-orientation")?.questions.count == 2)
    }

    /// The course, module and quiz examples as the files of one curriculum.
    private func exampleFiles() throws -> [CurriculumFile] {
        let blocks = try yamlBlocks()
        let course = try #require(blocks.first { $0.hasPrefix("id: erfaring\n") })
        let module = try #require(blocks.first { $0.hasPrefix("id: recovery-orientation\n") })
        let quiz = try #require(blocks.first { $0.hasPrefix("module: recovery-orientation\npass-mark:") })
        return [
            CurriculumFile(path: "Curriculum/course.yaml", role: .course, bytes: Array(course.utf8)),
            CurriculumFile(path: "Curriculum/recovery-orientation.yaml", role: .module, bytes: Array(module.utf8)),
            CurriculumFile(path: "Quizzes/recovery-orientation.yaml", role: .quiz, bytes: Array(quiz.utf8)),
        ]
    }

    @Test("the conversation example lints clean beside the course, module and quiz examples")
    func conversationExample() throws {
        let blocks = try yamlBlocks()
        let conversations = try #require(blocks.first { $0.hasPrefix("module: recovery-orientation\nconversations:") })
        let result = CurriculumLoader.load(files: try exampleFiles() + [
            CurriculumFile(path: "Conversations/recovery-orientation.yaml", role: .conversation,
                           bytes: Array(conversations.utf8)),
        ])
        #expect(result.diagnostics.map(\.summary) == [])
        let conversation = try #require(result.curriculum?.conversations(for: "recovery-orientation").first)
        #expect(conversation.decisions.count == 3)
        #expect(conversation.endings.compactMap(\.endingKind) == [.skill, .mistake, .mixed])
        #expect(conversation.node("brushed-off")?.option("try-again")?.isRetry == true)
    }

    @Test("the content-note example lints clean in place of the module example's lessons, and its note is read")
    func contentNoteExample() throws {
        let blocks = try yamlBlocks()
        let course = try #require(blocks.first { $0.hasPrefix("id: erfaring\n") })
        let module = try #require(blocks.first { $0.hasPrefix("id: recovery-orientation\n") })
        let quiz = try #require(blocks.first { $0.hasPrefix("module: recovery-orientation\n") })
        let lessons = try #require(blocks.first { $0.hasPrefix("lessons:\n") && $0.contains("content-note:") })
        let start = try #require(module.range(of: "\nlessons:\n"))
        let end = try #require(module.range(of: "\nsources:\n"))
        let withNote = String(module[..<start.lowerBound]) + "\n" + lessons + String(module[end.lowerBound...].dropFirst())
        let result = CurriculumLoader.load(files: [
            CurriculumFile(path: "Curriculum/course.yaml", role: .course, bytes: Array(course.utf8)),
            CurriculumFile(path: "Curriculum/recovery-orientation.yaml", role: .module, bytes: Array(withNote.utf8)),
            CurriculumFile(path: "Quizzes/recovery-orientation.yaml", role: .quiz, bytes: Array(quiz.utf8)),
        ])
        #expect(result.diagnostics.map(\.summary) == [])
        let note = result.curriculum?.module("recovery-orientation")?.lessons.first?.contentNote
        #expect(note?.en == "This lesson is about coercion in mental health care. You can leave it for later and come back.")
        #expect(result.curriculum?.course.helpLines.map(\.number.value) == ["113"], "the course example's help line")
    }

    @Test("every YAML snippet in the document is valid YAML")
    func snippetsParse() throws {
        let blocks = try yamlBlocks()
        #expect(blocks.count >= 5)
        for block in blocks {
            let parsed = YAMLParser.parse(Array(block.utf8), file: "doc.yaml")
            #expect(parsed.diagnostics.map(\.summary) == [], "\(block.prefix(40))")
            #expect(parsed.root != nil)
        }
    }

    @Test("the rules table lists exactly the rules lint knows")
    func rulesTable() throws {
        let documented = try document.split(separator: "\n")
            .filter { $0.hasPrefix("| `") }
            .compactMap { $0.split(separator: "`").dropFirst().first.map(String.init) }
        let lintRules = LintRule.all.map(\.id)
        #expect(documented.filter { lintRules.contains($0) } == lintRules)
    }

    @Test("the question table's `kind` row lists every kind in order, and each kind is described")
    func questionKinds() throws {
        let text = try document
        let row = try #require(text.split(separator: "\n").first { $0.hasPrefix("| `kind` |") })
        let listed = row.split(separator: "|")[1].split(separator: "`").enumerated()
            .filter { $0.offset % 2 == 1 }.map { String($0.element) }
        #expect(listed == Question.Kind.allCases.map(\.rawValue))
        let start = try #require(text.range(of: "The kinds:"))
        let end = try #require(text.range(of: "Every choice needs", range: start.upperBound..<text.endIndex))
        let kinds = text[start.upperBound..<end.lowerBound]
        for kind in Question.Kind.allCases {
            #expect(kinds.contains("**`\(kind.rawValue)`**"), "'\(kind.rawValue)' is not described under 'The kinds:'")
        }
    }
}
