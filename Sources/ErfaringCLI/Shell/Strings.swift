import ErfaringKit
import Foundation

/// Looks up catalog texts in one language and fills in `{placeholders}`.
struct Strings {
    var language: Language

    func callAsFunction(_ key: String, _ values: [String: String] = [:]) -> String {
        guard var text = Catalog.entries[key]?[language] else { return "[\(key)]" }
        for (name, value) in values {
            text = text.replacingOccurrences(of: "{\(name)}", with: value)
        }
        return text
    }

    func progressHeader(_ name: String) -> String { self("progress.header", ["name": name]) }
    /// The text of `key` for `count`, from `key.one` when the count is one; `{count}` is filled in.
    func counted(_ key: String, _ count: Int, _ values: [String: String] = [:]) -> String {
        self(count == 1 ? key + ".one" : key, values.merging(["count": String(count)]) { _, new in new })
    }

    func dueReviews(_ count: Int) -> String { counted("progress.due", count) }

    func percent(_ share: Double) -> String {
        let value = Int((share * 100).rounded())
        return language == .nb ? "\(value) %" : "\(value)%"
    }

    /// A module's state in words: "låst – fullfør først: …", "2 av 5 leksjoner lest".
    func describe(_ status: ModuleStatus, curriculum: Curriculum) -> String {
        var text: String
        switch status.state {
        case .locked(let missing):
            let titles = missing.map { curriculum.module($0)?.title[language] ?? $0 }
            text = self("state.locked", ["modules": titles.joined(separator: ", ")])
        case .notStarted:
            text = self("state.not-started")
        case .inProgress:
            text = self("state.in-progress", ["done": String(status.lessonsDone), "total": String(status.lessonsTotal)])
        case .quizPending:
            text = self("state.quiz-pending")
        case .practicePending:
            text = self("state.practice-pending")
        case .completed:
            text = self("state.completed")
        }
        if let best = status.bestScore, status.attempts > 0 {
            text += " · " + self("state.best", ["score": percent(best)])
        }
        return text
    }

    /// "om 3 dager", "i morgen", "nå".
    func relative(_ date: Date, from now: Date) -> String {
        let seconds = date.timeIntervalSince(now)
        if seconds <= 0 { return self("time.now") }
        if seconds < 3600 { return self("time.minutes", ["count": String(max(1, Int((seconds / 60).rounded(.up))))]) }
        if seconds < 86_400 { return self("time.hours", ["count": String(Int((seconds / 3600).rounded()))]) }
        let days = Int((seconds / 86_400).rounded())
        return days <= 1 ? self("time.tomorrow") : self("time.days", ["count": String(days)])
    }
}
