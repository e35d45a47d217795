import ErfaringKit
import Foundation
import Testing

@Suite("The real binary through a pipe", .serialized)
struct EndToEndTests {
    private func normalize(_ text: String) -> String {
        Prose.flattened(text).split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    @Test("a whole module of the shipped course: every lesson, a reflection each, the checks, then a passed quiz")
    func fullModule() throws {
        let curriculum = try #require(try CurriculumLoader.load(root: Binary.repository).curriculum)
        let module = try #require(curriculum.module("recovery-orientation"))
        let quiz = try #require(curriculum.quiz(for: module.id.value))
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("erfaring-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: home) }

        // Reading is deterministic: the script follows the module block by block.
        var script = ["1", "Kari", "åpne \(module.id.value)"]
        var reflections = 0
        for lesson in module.lessons {
            // A content note waits for Enter before the lesson begins.
            if lesson.contentNote != nil { script.append("") }
            for block in lesson.blocks {
                switch block.content {
                case .reflection:
                    reflections += 1
                    script += ["Refleksjon \(reflections): jeg ville lyttet først.", "Og spurt hva som er viktig.", ""]
                case .check(let question):
                    let index = question.choices.firstIndex(where: \.isCorrect) ?? 0
                    script.append(String(index + 1))
                default:
                    break
                }
                script.append("")
            }
        }
        let shell = try LiveProcess(arguments: ["--curriculum", Binary.repository.path], home: home, columns: 4000)
        shell.type(script.joined(separator: "\n"))
        #expect(shell.wait { $0.contains("Du har lest alle leksjonene i") })
        #expect(shell.text.components(separatedBy: "Lagret i dagboken din").count - 1 == reflections)
        #expect(!shell.text.contains("Ikke riktig."), "every check was answered right")

        // The quiz draw is random: answer by reading each question off the screen.
        shell.type("quiz")
        var answered = 0
        while answered < quiz.draw {
            let marker = "Spørsmål \(answered + 1) av \(quiz.draw)"
            let instructions = ["Svar med ett tall.", "Flere kan være riktige", "Sett alternativene i riktig rekkefølge", "Svar 1 (sant)"]
            #expect(shell.wait {
                guard let last = $0.components(separatedBy: marker).dropFirst().last else { return false }
                return instructions.contains { last.contains($0) }
            })
            let screen = shell.text.components(separatedBy: marker).last ?? ""
            let lines = screen.split(separator: "\n").map(String.init)
            // Choices are "  1. text", wrapped lines indented further.
            var numbered: [String: Int] = [:]
            var current: (number: Int, text: String)?
            for line in lines {
                let trimmed = line.drop { $0 == " " }
                if let dot = trimmed.firstIndex(of: "."), let number = Int(trimmed[..<dot]), line.hasPrefix("  ") {
                    if let current { numbered[normalize(current.text)] = current.number }
                    current = (number, String(trimmed[trimmed.index(after: dot)...]))
                } else if current != nil, line.hasPrefix("     ") {
                    current?.text += " " + trimmed
                } else if let finished = current {
                    numbered[normalize(finished.text)] = finished.number
                    current = nil
                }
            }
            if let current { numbered[normalize(current.text)] = current.number }
            // Prompts such as "What should she do?" recur: match on the prompt and every choice.
            let question = try #require(quiz.questions.first { candidate in
                normalize(screen).contains(normalize(candidate.prompt.nb)) && candidate.choices.allSatisfy { choice in
                    choice.text.map { numbered[normalize($0.nb)] != nil } ?? true
                }
            }, "no question matches:\n\(screen)")
            let positions = question.correctChoiceIDs.compactMap { id -> Int? in
                if question.kind == .trueFalse { return numbered[id == "true" ? "Sant" : "Usant"] }
                return question.choices.first { $0.id.value == id }?.text.flatMap { numbered[normalize($0.nb)] }
            }
            #expect(positions.count == question.correctChoiceIDs.count, "could not read the choices of \(question.id.value)")
            shell.type(positions.map(String.init).joined(separator: " "))
            answered += 1
            #expect(shell.wait { $0.components(separatedBy: "Forklaring:").count - 1 >= answered + module.lessons.reduce(0) { $0 + $1.count(of: .check) } })
        }
        #expect(shell.wait { $0.contains("Modul fullført:") && $0.contains("erfaring summary") })
        shell.type("avslutt")
        try shell.finish()
        #expect(shell.terminationStatus == 0)

        let progress = try Binary.run(["progress", "--format", "json", "--curriculum", Binary.repository.path],
                                      environment: ["ERFARING_HOME": home.path])
        #expect(progress.status == 0)
        let report = try JSONSerialization.jsonObject(with: Data(progress.stdout.utf8)) as? [String: Any]
        let modules = report?["modules"] as? [[String: Any]]
        let first = modules?.first { $0["id"] as? String == module.id.value }
        #expect(first?["state"] as? String == "completed")
        #expect(first?["bestScore"] as? Double == 1)
        // Completing the module unlocks the ones that build on it.
        let unlocked = modules?.first { $0["id"] as? String == "generalizing-experience" }
        #expect(unlocked?["state"] as? String == "not-started")
    }
}
