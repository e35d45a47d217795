import ErfaringKit
import Foundation

/// The readiness self-assessment: statements rated 1–5, then where to start.
extension Shell {
    /// The readiness self-assessment: ratings 1–5 and advice on where to start.
    func runReadiness() throws -> Next {
        guard let profile else { return .stay }
        let readiness = curriculum.course.readiness
        var ratings = try storeCall { () throws(StoreError) in try store.readiness(profile: profile.id) }
        blank()
        terminal.line(style.bold(readiness.title[language]))
        paragraph(readiness.intro[language])
        blank()
        for (index, label) in readiness.scale.enumerated() { terminal.line("  \(index + 1) = \(label[language])") }
        quiet(strings(.readinessScale))
        var changed: [String: Int] = [:]
        for (index, item) in readiness.items.enumerated() {
            blank()
            var line = "\(index + 1)/\(readiness.items.count). " + item.statement[language]
            if let previous = ratings[item.id.value] {
                line += " " + style.dim(strings(.readinessPrevious, [.rating: String(previous)]))
            }
            paragraph(line)
            answer: while true {
                switch terminal.readLine(prompt: strings(.readinessPrompt), addToHistory: false) {
                case .end:
                    try save(changed, profile: profile.id)
                    return .quit
                case .interrupt:
                    try save(changed, profile: profile.id)
                    terminal.line(savedNote(.interrupted, .interruptedUnsaved))
                    showPartialAdvice(readiness: readiness, ratings: ratings)
                    return .stay
                case .line(let text):
                    let trimmed = text.trimmingSpacesAndTabs()
                    if trimmed.isEmpty { break answer }
                    if asksForHelpLines(trimmed) {
                        showHelpLines()
                        continue answer
                    }
                    if let command = ShellCommandID.find(trimmed), command == .home || command == .quit {
                        try save(changed, profile: profile.id)
                        if command == .home { showPartialAdvice(readiness: readiness, ratings: ratings) }
                        terminal.line(strings(.readinessSaved))
                        return command == .home ? .home : .quit
                    }
                    if let rating = Int(trimmed), (1...5).contains(rating) {
                        changed[item.id.value] = rating
                        ratings[item.id.value] = rating
                        break answer
                    }
                    terminal.line(strings(.readinessBad))
                }
            }
        }
        try save(changed, profile: profile.id)
        showReadinessAdvice(ReadinessAdvice(readiness: readiness, ratings: ratings), readiness: readiness, ratings: ratings)
        return .stay
    }

    /// Advice from the statements answered so far, when the self-assessment is left half-way and
    /// some answer already suggests a module.
    private func showPartialAdvice(readiness: Readiness, ratings: [String: Int]) {
        let partial = ReadinessAdvice(readiness: readiness, ratings: ratings)
        guard !partial.suggestions.isEmpty else { return }
        blank()
        terminal.line(strings(.readinessPartial))
        showReadinessAdvice(partial, readiness: readiness, ratings: ratings)
    }

    private func save(_ ratings: [String: Int], profile: String) throws {
        guard !ratings.isEmpty else { return }
        try storeCall { () throws(StoreError) in try store.saveReadiness(profile: profile, ratings: ratings, at: now) }
    }

    /// The result: for each suggested module that is open, one paragraph of advice (from the
    /// lowest-rated statement that points to it); suggested modules that are still locked come
    /// after, each with the module to finish first, and are never called a place to start.
    private func showReadinessAdvice(_ advice: ReadinessAdvice, readiness: Readiness, ratings: [String: Int]) {
        blank()
        if advice.allClear {
            paragraph(readiness.allClear[language])
        } else if !advice.suggestions.isEmpty {
            let missing: [String: [String]] = advice.moduleOrder.reduce(into: [:]) { found, moduleID in
                if case .locked(let before)? = status(of: moduleID)?.state { found[moduleID] = before }
            }
            let open = advice.moduleOrder.filter { missing[$0] == nil }
            let locked = advice.moduleOrder.filter { missing[$0] != nil }
            if !open.isEmpty { terminal.line(style.bold(strings(.readinessStartWith))) }
            for moduleID in open {
                guard let module = curriculum.module(moduleID),
                      let first = advice.suggestions.first(where: { $0.moduleID == moduleID }) else { continue }
                blank()
                terminal.line("  " + style.bold(module.title[language]) + "  " + style.dim("(\(openHint(moduleID)))"))
                paragraph(first.advice[language], indent: "    ")
                let count = advice.suggestions.filter { $0.moduleID == moduleID }.count
                if count > 1 { quiet(strings(.readinessFromAnswers, [.count: String(count)]), indent: "    ") }
            }
            if !locked.isEmpty {
                if open.isEmpty {
                    let before = curriculum.modules.map(\.id.value).filter { id in locked.contains { missing[$0]?.contains(id) == true } }
                    let named = before.map { "\(titles([$0])) (\(openHint($0)))" }
                    paragraph(strings(.readinessAllLocked, [.modules: ListFormat.joined(named, language: language)]))
                } else {
                    blank()
                    terminal.line(style.bold(strings(.readinessLater)))
                }
                for moduleID in locked {
                    guard let module = curriculum.module(moduleID) else { continue }
                    let numbers = (missing[moduleID] ?? []).compactMap { moduleNumber($0) }.map(String.init)
                    terminal.line("  " + module.title[language] + "  "
                                  + style.dim(strings(numbers.count == 1 ? .homeLocked : .homeLockedMany, [.modules: ListFormat.joined(numbers, language: language)])))
                }
            }
        }
        // Statements rated just above the threshold are worth a second look; named only when there are some.
        let nearly = readiness.items.enumerated().filter { ratings[$0.element.id.value] == readiness.adviceThreshold + 1 }
        if !nearly.isEmpty {
            blank()
            paragraph(strings(nearly.count == 1 ? .readinessSecondLookOne : .readinessSecondLook,
                              [.number: ListFormat.joined(nearly.map { String($0.offset + 1) }, language: language),
                               .rating: String(readiness.adviceThreshold + 1)]))
        }
        blank()
        paragraph(readiness.closing[language])
        quiet(strings(.readinessSaved))
    }
}
