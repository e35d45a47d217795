import ErfaringKit
import Foundation

extension Shell {
    /// Shows a review session (`ReviewSession`): the cards that are due, most overdue first.
    func reviewSession() throws -> Next {
        guard let profile else { return .stay }
        var session = try storeCall { () throws(StoreError) in
            try ReviewSession(curriculum: curriculum, profile: profile.id, store: store, environment: environment,
                              scheduler: scheduler)
        }
        guard !session.isEmpty else {
            terminal.line(strings(.reviewNone))
            showNextReview()
            return .stay
        }
        let count = String(session.items.count)
        blank()
        terminal.line(style.bold(strings(.reviewStart, [.count: count])))
        for (index, item) in session.items.enumerated() {
            blank()
            let module = curriculum.module(item.card.moduleID)?.title[language] ?? item.card.moduleID
            terminal.line(style.accent(strings(.quizQuestion, [.number: String(index + 1), .count: count]))
                          + "  " + style.dim(module))
            switch try ask(item.question, order: item.choiceOrder) {
            case .left(let next):
                if next == .stay { terminal.line(savedNote(.interrupted, .interruptedUnsaved)) }
                summarizeReview(session, finished: false)
                return next
            case .answered(let picks):
                let graded = session.grade(picks, at: index)
                guard ReviewSession.asksConfidence(graded) else {
                    // A wrong answer is "again" however sure: saved before its feedback appears.
                    let outcome = try storeCall { () throws(StoreError) in
                        try session.answer(picks, at: index, confidence: .default)
                    }
                    showOutcome(outcome, question: item.question, order: item.choiceOrder, response: picks)
                    // At a keyboard, the feedback stays on screen until the learner goes on.
                    let last = index + 1 == session.items.count
                    if terminal.isInteractive, let leave = waitToGoOn(last: last) {
                        if last {
                            if leave != .quit { summarizeReview(session) }
                            return leave
                        }
                        if leave != .quit {
                            terminal.line(savedNote(.interrupted, .interruptedUnsaved))
                            summarizeReview(session, finished: false)
                        }
                        return leave
                    }
                    continue
                }
                // A right answer: the verdict and feedback first, then how sure the learner was,
                // with everything they rate on screen. Leaving at this prompt (Ctrl-C, Ctrl-D, a
                // command) records the answer at the default confidence, as Enter would.
                showOutcome(graded, question: item.question, order: item.choiceOrder, response: picks)
                var confidence = ReviewSession.Confidence.default
                var leave: Next?
                asking: while true {
                    switch terminal.readLine(prompt: strings(.reviewConfidence), addToHistory: false) {
                    case .line(let text):
                        let trimmed = text.trimmingSpacesAndTabs()
                        if trimmed.isEmpty { break asking }
                        if asksForHelpLines(trimmed) {
                            showHelpLines()
                            continue asking
                        }
                        if let chosen = Int(trimmed).flatMap(ReviewSession.Confidence.init(rawValue:)) {
                            confidence = chosen
                            break asking
                        }
                        if let command = ShellCommandID.find(trimmed.lowercased()), command == .home || command == .quit {
                            leave = command == .home ? .home : .quit
                            break asking
                        }
                        terminal.line(strings(.reviewConfidenceExpected))
                    case .interrupt:
                        leave = .stay
                        break asking
                    case .end:
                        leave = .quit
                        break asking
                    }
                }
                _ = try storeCall { () throws(StoreError) in
                    try session.answer(picks, at: index, confidence: confidence)
                }
                if let leave {
                    if leave == .stay { terminal.line(savedNote(.interrupted, .interruptedUnsaved)) }
                    terminal.line(strings(.reviewPausedRated))
                    if leave != .quit { summarizeReview(session, finished: false) }
                    return leave
                }
            }
        }
        summarizeReview(session)
        return .stay
    }

    func dueReviewCount(_ snapshot: ProgressSnapshot) -> Int {
        ReviewSession.dueCount(snapshot, store: store, curriculum: curriculum, at: now)
    }

    private func summarizeReview(_ session: ReviewSession, finished: Bool = true) {
        guard session.answered > 0 else { return }
        blank()
        terminal.line(style.bold(strings(finished ? .reviewDone : .reviewPaused,
                                         [.correct: String(session.correct), .total: String(session.answered)])))
        showNextReview()
    }

    private func showNextReview() {
        guard let profile, let snapshot = try? store.snapshot(profile: profile.id, at: now) else { return }
        if dueReviewCount(snapshot) > 0 {
            terminal.line(strings.counted(.homeReviewsDue, dueReviewCount(snapshot)))
        } else if let next = snapshot.nextReviewDue {
            terminal.line(strings(.reviewNext, [.when: strings.relative(next, from: now)]))
        } else {
            terminal.line(strings(.reviewNoneScheduled))
        }
    }
}
