import ErfaringKit
import Foundation

extension Shell {
    /// A short session over the cards that are due, most overdue first.
    func reviewSession() throws -> Next {
        guard let profile else { return .stay }
        let cards = try storeCall { () throws(StoreError) in try store.dueCards(profile: profile.id, at: now, limit: 50) }
        // Cards of questions removed from the curriculum are skipped.
        let items = cards.compactMap { card -> (ReviewCard, Question)? in
            guard let question = curriculum.question(card.questionID, in: card.moduleID) else { return nil }
            return (card, question)
        }
        guard !items.isEmpty else {
            terminal.line(strings("review.none"))
            showNextReview()
            return .stay
        }
        blank()
        terminal.line(style.bold(strings("review.start", ["count": String(items.count)])))
        var generator = SeededGenerator(seed: environment.seed())
        var correctCount = 0
        var answered = 0
        for (index, (card, question)) in items.enumerated() {
            blank()
            let module = curriculum.module(card.moduleID)?.title[language] ?? card.moduleID
            terminal.line(style.accent(strings("quiz.question", ["number": String(index + 1), "count": String(items.count)]))
                          + "  " + style.dim(module))
            let ids = question.choices.map(\.id.value)
            let order = question.kind == .trueFalse ? ["true", "false"] : generator.shuffled(ids)
            switch try ask(question, order: order) {
            case .left(let next):
                if next == .stay { terminal.line(savedNote("interrupted")) }
                summarizeReview(correct: correctCount, total: answered, finished: false)
                return next
            case .answered(let picks, let outcome):
                // How sure the learner was is asked before the answer is revealed, so the review
                // is saved before the feedback appears and nothing shown is ever unsaved.
                // Leaving here (Ctrl-C, Ctrl-D, a command) keeps the answer, rated as fairly sure.
                var confidence = 2
                var leave: Next?
                asking: while true {
                    switch terminal.readLine(prompt: strings("review.confidence"), addToHistory: false) {
                    case .line(let text):
                        let trimmed = text.trimmingCharacters(in: .whitespaces)
                        if trimmed.isEmpty { break asking }
                        if asksForHelpLines(trimmed) {
                            showHelpLines()
                            continue asking
                        }
                        if let number = Int(trimmed), (1...3).contains(number) {
                            confidence = number
                            break asking
                        }
                        if let command = ShellCommandID.find(trimmed.lowercased()), command == .home || command == .quit {
                            leave = command == .home ? .home : .quit
                            break asking
                        }
                        terminal.line(strings("review.confidence.expected"))
                    case .interrupt:
                        leave = .stay
                        break asking
                    case .end:
                        leave = .quit
                        break asking
                    }
                }
                let rating: FSRSRating = !outcome.correct ? .again : confidence == 1 ? .hard : confidence == 3 ? .easy : .good
                try storeCall { () throws(StoreError) in
                    try store.recordReview(profile: profile.id, module: ModuleID(card.moduleID), question: QuestionID(card.questionID),
                                           rating: rating, correct: outcome.correct, scheduler: scheduler, at: now)
                }
                if outcome.correct { correctCount += 1 }
                answered += 1
                if let leave {
                    if leave == .stay { terminal.line(savedNote("interrupted")) }
                    if leave != .quit { summarizeReview(correct: correctCount, total: answered, finished: false) }
                    return leave
                }
                showOutcome(outcome, question: question, order: order, response: picks)
            }
        }
        summarizeReview(correct: correctCount, total: answered)
        return .stay
    }

    func dueReviewCount(_ snapshot: ProgressSnapshot) -> Int {
        knownDueCount(snapshot, store: store, curriculum: curriculum, at: now)
    }

    private func summarizeReview(correct: Int, total: Int, finished: Bool = true) {
        guard total > 0 else { return }
        blank()
        terminal.line(style.bold(strings(finished ? "review.done" : "review.paused",
                                         ["correct": String(correct), "total": String(total)])))
        showNextReview()
    }

    private func showNextReview() {
        guard let profile, let snapshot = try? store.snapshot(profile: profile.id, at: now) else { return }
        if dueReviewCount(snapshot) > 0 {
            terminal.line(strings.counted("home.reviews.due", dueReviewCount(snapshot)))
        } else if let next = snapshot.nextReviewDue {
            terminal.line(strings("review.next", ["when": strings.relative(next, from: now)]))
        } else {
            terminal.line(strings("review.none-scheduled"))
        }
    }
}
