import ErfaringKit
import Foundation

extension Shell {
    /// The result of one answer, designed for a window of 24 rows: the verdict first and, when
    /// wrong, the right answer right under it (for several right choices how many were found, for
    /// an order the learner's order); then each choice's own feedback under the number it had on
    /// screen, a right choice the learner missed saying so; the explanation last.
    func showOutcome(_ outcome: Grader.Outcome, question: Question, order: [String], response: [String] = []) {
        terminal.line(outcome.correct ? style.good(strings(.quizRight)) : style.bad(strings(.quizWrong)))
        func number(_ id: String) -> String { order.firstIndex(of: id).map { String($0 + 1) } ?? "?" }
        let severalRight: Bool, ordered: Bool
        switch question.kind {
        case .multiple: (severalRight, ordered) = (true, false)
        case .ordering: (severalRight, ordered) = (false, true)
        case .single, .trueFalse, .scenario: (severalRight, ordered) = (false, false)
        }
        if !outcome.correct {
            if ordered {
                if !response.isEmpty {
                    terminal.line("  " + strings(.quizYourOrder, [.answer: response.map(number).joined(separator: " → ")]))
                }
                paragraph(strings(.quizRightOrder, [.answer: outcome.correctChoiceIDs.map(number).joined(separator: " → ")]),
                          indent: "  ")
            } else {
                let numbers = outcome.correctChoiceIDs.map(number).sorted { (Int($0) ?? 0) < (Int($1) ?? 0) }
                let texts = numbers.count == 1 ? "\(numbers[0]). \(choiceText(question, outcome.correctChoiceIDs[0]))"
                    : numbers.joined(separator: ", ")
                var line = strings(.quizRightAnswer, [.answer: texts])
                if severalRight {
                    let found = outcome.feedbackItems.count { $0.wasChosen && $0.isCorrect }
                    line = strings(.quizFound, [.found: String(found), .total: String(outcome.correctChoiceIDs.count)])
                        + " " + line
                }
                paragraph(line, indent: "  ")
            }
        }
        // A closing sentence every choice's feedback shares ("Se leksjonen «…».") is said once, last.
        let texts = outcome.feedbackItems.map { Prose.flattened($0.text[language]).trimmingSpacesAndTabs() }
        let shared = Self.sharedLastSentence(texts)
        for (item, whole) in zip(outcome.feedbackItems, texts) {
            let marker = "  \(style.plain ? "-" : "▸") \(number(item.choiceID)). "
            let mark = severalRight && item.wasChosen ? " (\(strings(.quizPicked)))" : ""
            let choice = choiceText(question, item.choiceID)
            if severalRight {
                // Several choices' feedback: each choice on one line (its text is on screen above),
                // so that the verdict and all the feedback fit the window together.
                let room = style.wrapper.width - TextWrapper.displayWidth(marker) - TextWrapper.displayWidth(mark) - 1
                let start = TextWrapper(width: max(10, room)).wrap(choice)
                let shown = start.count > 1 ? (start.first ?? "") + "…" : choice
                terminal.line(style.bold(marker + shown + mark))
            } else {
                for line in style.wrapper.wrap(choice, first: marker, rest: "    ") { terminal.line(style.bold(line)) }
            }
            var text = whole
            if let shared, whole.hasSuffix(shared) { text = String(whole.dropLast(shared.count)).trimmingSpacesAndTabs() }
            if !item.wasChosen { text = strings(.quizMissedFeedback, [.text: Self.withoutVerdict(text)]) }
            paragraph(text, indent: "    ")
        }
        paragraph(strings(.quizExplanation, [.text: Prose.flattened(question.explanation[language])]), indent: "  ")
        if let shared { paragraph(shared, indent: "  ") }
    }

    /// The last sentence of each text when two or more texts end with the same one and each has
    /// more before it; nil otherwise.
    static func sharedLastSentence(_ texts: [String]) -> String? {
        guard texts.count > 1 else { return nil }
        func lastSentence(_ text: String) -> String? {
            let trimmed = text.trimmingSpacesAndTabs()
            // The start of the last sentence: after the last ". ", "! " or "? " before the final mark.
            var start: String.Index?
            var index = trimmed.startIndex
            while index < trimmed.endIndex {
                let next = trimmed.index(after: index)
                if ".!?".contains(trimmed[index]), next < trimmed.endIndex, trimmed[next] == " " {
                    start = trimmed.index(after: next)
                }
                index = next
            }
            return start.map { String(trimmed[$0...]) }
        }
        guard let first = texts.first.flatMap(lastSentence),
              texts.allSatisfy({ lastSentence($0) == first }) else { return nil }
        return first
    }

    /// Feedback written for a learner who picked the choice, without its opening verdict
    /// ("Riktig.", "Right.", "Ja –"), for a learner who missed it; the rest begins with a capital.
    static func withoutVerdict(_ text: String) -> String {
        let verdicts = ["riktig", "helt riktig", "ja", "right", "correct", "yes", "exactly", "nettopp"]
        let separators = [".", ",", "!", ":", " –", " -", " —"]
        let lowered = text.lowercased()
        for verdict in verdicts.sorted(by: { $0.count > $1.count }) where lowered.hasPrefix(verdict) {
            let after = text.dropFirst(verdict.count)
            guard let separator = separators.first(where: { after.hasPrefix($0) }) else { continue }
            let rest = after.dropFirst(separator.count).drop { $0 == " " }
            guard let first = rest.first else { return text }
            return first.uppercased() + rest.dropFirst()
        }
        return text
    }

    /// At a keyboard, keeps an answer's feedback on screen until the learner goes on: Enter goes
    /// on (nil); Ctrl-C, Ctrl-D, `hjem` or `avslutt` say where to go instead. After the `last`
    /// question the prompt only says to go on.
    func waitToGoOn(last: Bool = false) -> Next? {
        while true {
            switch terminal.readLine(prompt: strings(last ? .feedbackGoOnPrompt : .quizNextPrompt), addToHistory: false) {
            case .end: return .quit
            case .interrupt: return .stay
            case .line(let text):
                if asksForHelpLines(text) {
                    showHelpLines()
                    continue
                }
                if let command = ShellCommandID.find(text.trimmingSpacesAndTabs()), command == .home || command == .quit {
                    return command == .home ? .home : .quit
                }
                return nil
            }
        }
    }
}
