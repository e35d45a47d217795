import ErfaringKit
import Foundation
import Testing

/// The course as shipped: it loads clean, and its floors cannot be lowered quietly.
@Suite("The shipped curriculum")
struct ShippedCurriculumTests {
    private var root: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    @Test("loads with no diagnostic at all, warnings included")
    func clean() throws {
        let result = try CurriculumLoader.load(root: root)
        #expect(result.diagnostics.map(\.summary) == [])
        #expect(result.curriculum?.modules.map(\.id.value) == [
            "recovery-orientation", "generalizing-experience", "system-influence", "saying-no", "patients-rights",
            "crisis-and-duties", "peer-worker-role",
        ])
    }

    @Test("the course's minimums are at least the authoring floors, so lint keeps enforcing them")
    func floors() throws {
        let curriculum = try #require(try CurriculumLoader.load(root: root).curriculum)
        let minimums = try #require(curriculum.course.minimums)
        #expect((minimums.objectives ?? 0) >= 3)
        #expect((minimums.lessons ?? 0) >= 4)
        #expect((minimums.lessonWords ?? 0) >= 300)
        #expect((minimums.lessonWordsMax ?? .max) <= 900)
        #expect((minimums.vignettesPerLesson ?? 0) >= 1)
        #expect((minimums.reflectionsPerLesson ?? 0) >= 1)
        #expect((minimums.questions ?? 0) >= 15)
        #expect((minimums.scenarios ?? 0) >= 5)
        #expect((minimums.questionsPerObjective ?? 0) >= 2)
        #expect((minimums.sources ?? 0) >= 3)
        #expect((minimums.glossaryTerms ?? 0) >= 30)
    }

    @Test("every module and language meets the floors, as stats reports them")
    func stats() throws {
        let curriculum = try #require(try CurriculumLoader.load(root: root).curriculum)
        let stats = CurriculumStats(curriculum)
        for module in stats.modules {
            #expect(module.lessons >= 4 && module.objectives >= 3 && module.sources >= 3, "\(module.id)")
            #expect(module.questions >= 15 && (module.questionsByKind["scenario"] ?? 0) >= 5, "\(module.id)")
            #expect(module.fewestQuestionsPerObjective >= 2, "\(module.id)")
            #expect(module.vignettes >= module.lessons && module.reflections >= module.lessons, "\(module.id)")
            for language in Language.allCases {
                let figures = try #require(module.languages[language.rawValue])
                #expect(figures.shortestLesson >= 300 && figures.longestLesson <= 900, "\(module.id) \(language)")
            }
        }
        #expect(stats.glossaryTerms >= 30)
        #expect(curriculum.course.readiness.items.count >= 7)
        // Every module has a readiness item that points to it.
        #expect(Set(curriculum.course.readiness.items.map(\.module.value)) == Set(curriculum.modules.map(\.id.value)))
    }

    @Test("the legal module carries the not-legal-advice note in every lesson")
    func legalNote() throws {
        let curriculum = try #require(try CurriculumLoader.load(root: root).curriculum)
        let module = try #require(curriculum.module("patients-rights"))
        for lesson in module.lessons {
            let notes = lesson.blocks.compactMap { block -> LocalizedText? in
                if case .note(let body) = block.content { return body }
                return nil
            }
            #expect(notes.contains { $0.nb.contains("lovdata.no") && $0.en.contains("lovdata.no") }, "\(lesson.id.value)")
        }
    }
}

/// What the content review asked of the shipped course: help numbers, content notes, and no
/// text that reads as unfinished.
@Suite("The shipped curriculum after review")
struct ShippedCurriculumReviewTests {
    private var root: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    @Test("the help screen lists the fact sheet's numbers: 113, legevakt and the help lines")
    func helpLines() throws {
        let curriculum = try #require(try CurriculumLoader.load(root: root).curriculum)
        #expect(curriculum.course.helpLines.map(\.number.value) == ["113", "116 117", "116 123", "22 40 00 40", "116 111"])
        #expect(curriculum.course.helpLines.allSatisfy { $0.source?.isEmpty == false }, "every number cites where it was checked")
    }

    @Test("lessons on suicide, overdose, coercion, child welfare and foster care carry a content note")
    func contentNotes() throws {
        let curriculum = try #require(try CurriculumLoader.load(root: root).curriculum)
        for (module, lesson) in [
            ("patients-rights", "coercion-oversight-children"), ("generalizing-experience", "your-story-is-yours"),
            ("crisis-and-duties", "when-someone-talks-about-dying"), ("crisis-and-duties", "overdose-first-aid"),
            ("crisis-and-duties", "duties-before-confidentiality"),
        ] {
            let note = try #require(curriculum.module(module)?.lesson(lesson)?.contentNote, "\(module) \(lesson)")
            #expect(note.nb.contains("komme tilbake") && note.en.contains("come back"), "\(lesson) says it can wait")
        }
    }

    @Test("no learner text reads as unfinished or keeps a term the review replaced", arguments: [
        "ikke kontrollert for dette kurset", "not checked for this course", "not been checked for this course",
        "ikke sjekket mot", "not been checked against", "medfølelsestretthet", "barneverntjenesten",
        "utgjøre en forskjell", "der du kommer inn", "300 000", "300,000", "NAV",
    ])
    func phrasesGone(phrase: String) throws {
        for directory in ["Curriculum", "Quizzes"] {
            let url = root.appendingPathComponent(directory)
            for name in try FileManager.default.contentsOfDirectory(atPath: url.path) where name.hasSuffix(".yaml") {
                let text = try String(contentsOf: url.appendingPathComponent(name), encoding: .utf8)
                // Ids, citations and addresses may keep their old spelling; learner text may not.
                // Lines are joined, so a phrase broken across two lines is found too.
                let learnerText = text.split(separator: "\n")
                    .filter { !$0.contains("id:") && !$0.contains("citation:") && !$0.contains("url:") }
                    .joined(separator: " ")
                    .split(whereSeparator: \.isWhitespace).joined(separator: " ")
                let found = phrase == "NAV" ? learnerText.contains(phrase) : learnerText.lowercased().contains(phrase.lowercased())
                #expect(!found, "\(directory)/\(name) still says '\(phrase)'")
            }
        }
    }
}
