// Loading benchmark: a synthetic curriculum of about 5 MB, measured three ways in one run.
//
//   1. a bare libyaml event scan of the bytes (the floor nothing can beat),
//   2. the node tree with marks (YAMLParser),
//   3. the full load: node tree, typed reader and every validation rule.
//
// Prints the median of several rounds (the three taking turns) and the ratios to the bare scan.

import CLibYAML
import ErfaringKit
import Foundation

enum LoadBenchmark {

    static let words = [
        "erfaring", "håp", "recovery", "bruker", "tjeneste", "kommune", "samtale", "grense", "nei", "veiledning",
        "mestring", "tilhørighet", "identitet", "mening", "pasient", "rettighet", "lov", "medvirkning", "råd",
        "arbeidstid", "deltid", "kollega", "kompetanse", "fortelling", "åpenhet", "støtte", "ettervern", "NAV",
    ]

    static func sentence(_ seed: inout UInt64, words count: Int) -> String {
        var parts: [String] = []
        for _ in 0..<count {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            parts.append(words[Int(seed >> 33) % words.count])
        }
        return parts.joined(separator: " ").prefix(1).uppercased() + parts.joined(separator: " ").dropFirst() + "."
    }

    /// A text in both languages: two sentences in a literal block in one, one plain sentence in
    /// the other, as authors write them.
    static func text(_ indent: String, _ seed: inout UInt64, words: Int) -> String {
        "\(indent)nb: |\n\(indent)  \(sentence(&seed, words: words))\n\(indent)  \(sentence(&seed, words: words))\n"
            + "\(indent)en: \(sentence(&seed, words: words))\n"
    }

    static func makeCurriculum(modules: Int) -> [CurriculumFile] {
        var seed: UInt64 = 42
        let ids = (0..<modules).map { "module-\($0)" }
        var course = """
            id: bench
            title: { nb: Benk, en: Bench }
            summary: { nb: Syntetisk kurs., en: Synthetic course. }
            languages: [nb, en]
            modules:

            """
        for id in ids { course += "  - \(id)\n" }
        course += "competence-areas:\n  - id: all\n    title: { nb: Alt, en: All }\n    modules:\n"
        for id in ids { course += "      - \(id)\n" }
        course += """
            minimums:
              objectives: 3
              lessons: 3
              lesson-words: 50
              lesson-words-max: 2000
              vignettes-per-lesson: 1
              reflections-per-lesson: 1
              questions: 6
              scenarios: 3
              questions-per-objective: 2
              sources: 1
              glossary-terms: 1
            readiness:
              title: { nb: Klar?, en: Ready? }
              intro: { nb: Svar., en: Answer. }
              scale: [{ nb: a, en: a }, { nb: b, en: b }, { nb: c, en: c }, { nb: d, en: d }, { nb: e, en: e }]
              advice-threshold: 3
              items:
                - id: first
                  statement: { nb: Jeg kan., en: I can. }
                  module: module-0
                  advice: { nb: Start her., en: Start here. }
              all-clear: { nb: Fint., en: Fine. }
              closing: { nb: Lykke til., en: Good luck. }
            glossary:
              - id: term
                term: { nb: begrep, en: term }
                definition: { nb: Et ord., en: A word. }
            help-lines:
              - id: emergency
                name: { nb: Nødtelefon, en: Emergency }
                number: "113"
                when: { nb: Når liv står på spill., en: When life is at stake. }

            """
        var files = [CurriculumFile(path: "Curriculum/course.yaml", role: .course, bytes: Array(course.utf8))]
        for (index, id) in ids.enumerated() {
            var module = "id: \(id)\ntitle:\n\(text("  ", &seed, words: 2))summary:\n\(text("  ", &seed, words: 4))"
            module += "minutes: 60\nprerequisites: [\(index > 0 ? ids[index - 1] : "")]\nobjectives:\n"
            for objective in 0..<3 {
                module += "  - id: objective-\(objective)\n    text:\n\(text("      ", &seed, words: 4))"
            }
            module += "lessons:\n"
            for lesson in 0..<3 {
                module += "  - id: lesson-\(lesson)\n    title:\n\(text("      ", &seed, words: 2))"
                module += "    objectives: [objective-\(lesson)]\n    blocks:\n"
                module += "      - id: intro\n        kind: text\n        body:\n\(text("          ", &seed, words: 7))"
                module += "      - id: case\n        kind: vignette\n        title:\n\(text("          ", &seed, words: 2))"
                module += "        body:\n\(text("          ", &seed, words: 7))"
                module += "      - id: reflect\n        kind: reflection\n        prompt:\n\(text("          ", &seed, words: 5))"
            }
            module += "sources:\n  - id: source\n    citation: Forfatter A. Tittel. 2020.\n"
            files.append(CurriculumFile(path: "Curriculum/\(id).yaml", role: .module, bytes: Array(module.utf8)))

            var quiz = "module: \(id)\npass-mark: 0.8\ndraw: 5\nquestions:\n"
            for question in 0..<6 {
                quiz += "  - id: question-\(question)\n    kind: \(question % 2 == 0 ? "scenario" : "single")\n"
                quiz += "    objective: objective-\(question % 3)\n"
                if question % 2 == 0 { quiz += "    scenario:\n\(text("      ", &seed, words: 5))" }
                quiz += "    prompt:\n\(text("      ", &seed, words: 5))    choices:\n"
                for choice in 0..<3 {
                    quiz += "      - id: choice-\(choice)\n        text:\n\(text("          ", &seed, words: 3))"
                    if choice == 0 { quiz += "        correct: true\n" }
                    quiz += "        feedback:\n\(text("          ", &seed, words: 6))"
                }
                quiz += "    explanation:\n\(text("      ", &seed, words: 6))"
            }
            files.append(CurriculumFile(path: "Quizzes/\(id).yaml", role: .quiz, bytes: Array(quiz.utf8)))
        }
        return files
    }

    /// Counts libyaml events and does nothing else: the floor.
    static func bareScan(_ bytes: [UInt8]) -> Int {
        let parser = UnsafeMutablePointer<yaml_parser_t>.allocate(capacity: 1)
        defer { parser.deallocate() }
        guard yaml_parser_initialize(parser) == 1 else { return 0 }
        defer { yaml_parser_delete(parser) }
        var count = 0
        bytes.withUnsafeBufferPointer { buffer in
            yaml_parser_set_input_string(parser, buffer.baseAddress, buffer.count)
            var event = yaml_event_t()
            while yaml_parser_parse(parser, &event) == 1 {
                let done = event.type == YAML_STREAM_END_EVENT
                yaml_event_delete(&event)
                count += 1
                if done { break }
            }
        }
        return count
    }

    /// Times each body once per round, the bodies taking turns, so a machine that gets busier or
    /// quieter during the run affects them alike; returns each body's median and last result.
    static func measure(rounds: Int, _ bodies: [() -> Int]) -> [(seconds: Double, check: Int)] {
        var times = Array(repeating: [Double](), count: bodies.count)
        var checks = Array(repeating: 0, count: bodies.count)
        for _ in 0..<rounds {
            for (index, body) in bodies.enumerated() {
                let start = DispatchTime.now().uptimeNanoseconds
                checks[index] = body()
                times[index].append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
            }
        }
        return zip(times, checks).map { ($0.sorted()[$0.count / 2], $1) }
    }

    static func run(moduleCount: Int) -> Bool {
        let files = makeCurriculum(modules: moduleCount)
        let bytes = files.reduce(0) { $0 + $1.bytes.count }
        let rounds = 9
        print("Loading: synthetic curriculum of \(files.count) files, \(moduleCount) modules, "
              + "\(moduleCount * 6) questions, " + String(format: "%.2f MB", Double(bytes) / 1_000_000))
        let results = measure(rounds: rounds, [
            { files.reduce(0) { $0 + bareScan($1.bytes) } },
            { files.reduce(0) { $0 + (YAMLParser.parse($1.bytes, file: $1.path).root == nil ? 0 : 1) } },
            {
                let result = CurriculumLoader.load(files: files)
                return result.curriculum?.modules.count ?? -result.diagnostics.count
            },
        ])
        let (scan, tree, load) = (results[0], results[1], results[2])
        guard load.check == moduleCount else {
            print("error: the synthetic curriculum did not load cleanly (\(load.check))")
            return false
        }
        func row(_ name: String, _ seconds: Double) -> String {
            name.padding(toLength: 34, withPad: " ", startingAt: 0)
                + String(format: "%8.1f ms   %5.2f× bare scan", seconds * 1000, seconds / scan.seconds)
        }
        print("median of \(rounds) rounds, release build:")
        print(row("bare libyaml event scan", scan.seconds) + "   (\(scan.check) events)")
        print(row("node tree with marks", tree.seconds) + "   (floor 2×)")
        print(row("full load and validation", load.seconds) + "   (floor 3×)")
        let ok = tree.seconds / scan.seconds <= 2 && load.seconds / scan.seconds <= 3
        print(ok ? "within the floors" : "OUTSIDE the floors")
        return ok
    }
}
