import ErfaringKit
import Foundation

extension Shell {
    /// An inline check in a lesson: practice, graded with feedback and never recorded. A wrong
    /// first answer gets one more try, with why the choice is not right (its own feedback) and the
    /// question's hint; the second answer, or Enter, then shows the right answer and the
    /// explanation. Returns where to go when the learner leaves at the check.
    func runCheck(_ question: Question) throws -> Next? {
        terminal.line(style.bold(strings(.readCheck)))
        paragraph(question.prompt[language])
        let order = question.choices.map(\.id.value)
        showChoices(question, order: order)
        // The first answer, once it was wrong.
        var firstWrong: [String]?
        func showAnswer() {
            if let first = firstWrong {
                showOutcome(Grader.grade(question, response: first), question: question, order: order, response: first)
            } else {
                terminal.line(strings(.readCheckSkipped))
            }
        }
        while true {
            switch terminal.readLine(prompt: strings(firstWrong == nil ? .readCheckPrompt : .checkRetryPrompt),
                                     addToHistory: false) {
            case .end: return .quit
            case .interrupt:
                terminal.line(savedNote(.readLeft, .readLeftUnsaved))
                return .stay
            case .line(let text):
                let trimmed = text.trimmingSpacesAndTabs()
                if trimmed.isEmpty {
                    showAnswer()
                    return nil
                }
                let first = String(trimmed.split(separator: " ").first ?? "")
                if Int(first) == nil, let command = ShellCommandID.find(first) {
                    switch command {
                    case .hint:
                        terminal.line(question.hint.map { strings(.quizHint, [.text: Prose.flattened($0[language])]) }
                                      ?? strings(.quizNoHint))
                        continue
                    case .home: return .home
                    case .quit: return .quit
                    case .next, .back, .where:
                        showAnswer()
                        return nil  // go on
                    default:
                        // Any other command runs; one that leaves the lesson leaves it.
                        let next = try dispatch(trimmed, atHome: false)
                        if next != .stay { return next }
                        continue
                    }
                }
                do {
                    let picks = try AnswerParser.parse(text, kind: question.kind, count: order.count)
                    let response = picks.map { order[$0 - 1] }
                    let outcome = Grader.grade(question, response: response)
                    if outcome.correct || firstWrong != nil {
                        showOutcome(outcome, question: question, order: order, response: response)
                        return nil
                    }
                    firstWrong = response
                    showRetry(outcome, question: question)
                } catch AnswerParser.Failure.invalid(let key, let max) {
                    terminal.line(strings(key, [.max: String(max)]))
                }
            }
        }
    }

    /// After a wrong first answer to a check: the verdict, why the choices picked are not right,
    /// the hint, and the invitation to try again; never the right answer.
    private func showRetry(_ outcome: Grader.Outcome, question: Question) {
        terminal.line(style.bad(strings(.quizWrong)))
        for item in outcome.feedbackItems where item.wasChosen && !item.isCorrect {
            paragraph(Prose.flattened(item.text[language]), indent: "  ")
        }
        if let hint = question.hint {
            paragraph(strings(.quizHint, [.text: Prose.flattened(hint[language])]), indent: "  ")
        }
        terminal.line(strings(.checkRetry))
    }
}
