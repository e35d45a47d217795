import ErfaringKit
import Foundation

/// Looks up catalog texts in one language and fills in `{placeholders}`.
struct Strings {
    typealias Values = [CatalogKey.Placeholder: String]

    var language: Language

    func callAsFunction(_ key: CatalogKey, _ values: Values = [:]) -> String {
        Self.fill(Catalog.text(for: key)[language], with: values)
    }

    /// Fills `{name}` placeholders in one left-to-right pass: a value is copied as it is and never
    /// read again, so text the learner typed (`{command}`) is shown literally. A placeholder without
    /// a value, or a name that is no placeholder, stays in the text as written, where a test sees it.
    static func fill(_ template: String, with values: Values) -> String {
        var result = ""
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{") {
            result += rest[..<open]
            let afterOpen = rest.index(after: open)
            guard let close = rest[afterOpen...].firstIndex(where: { $0 == "}" || $0 == "{" }), rest[close] == "}" else {
                result += rest[open...open]
                rest = rest[afterOpen...]
                continue
            }
            if let name = CatalogKey.Placeholder(rawValue: String(rest[afterOpen..<close])), let value = values[name] {
                result += value
            } else {
                result += rest[open...close]
            }
            rest = rest[rest.index(after: close)...]
        }
        return result + rest
    }

    func progressHeader(_ name: String) -> String { self(.progressHeader, [.name: name]) }
    /// The text of `key` for `count`, its `one` form when the count is one; `{count}` is filled in.
    func counted(_ key: CatalogKey.Counted, _ count: Int, _ values: Values = [:]) -> String {
        self(count == 1 ? key.forms.one : key.forms.other, values.merging([.count: String(count)]) { _, new in new })
    }

    func dueReviews(_ count: Int) -> String { counted(.progressDue, count) }

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
            text = self(.stateLocked, [.modules: titles.joined(separator: ", ")])
        case _ where status.lessonsLeftAfterPassedQuiz != nil:
            text = counted(.stateLessonsAfterPass, status.lessonsLeftAfterPassedQuiz ?? 0)
        case .notStarted:
            text = self(.stateNotStarted)
        case .inProgress:
            text = self(.stateInProgress, [.done: String(status.lessonsDone), .total: String(status.lessonsTotal)])
        case .quizPending:
            text = self(.stateQuizPending)
        case .practicePending:
            text = self(.statePracticePending)
        case .completed:
            text = self(.stateCompleted)
        }
        if let best = status.bestScore, status.attempts > 0 {
            text += " · " + self(.stateBest, [.score: percent(best)])
        }
        return text
    }

    /// "om 3 dager", "i morgen", "nå".
    func relative(_ date: Date, from now: Date) -> String {
        let seconds = date.timeIntervalSince(now)
        if seconds <= 0 { return self(.timeNow) }
        if seconds < 3600 { return self(.timeMinutes, [.count: String(max(1, Int((seconds / 60).rounded(.up))))]) }
        if seconds < 86_400 { return self(.timeHours, [.count: String(Int((seconds / 3600).rounded()))]) }
        let days = Int((seconds / 86_400).rounded())
        return days <= 1 ? self(.timeTomorrow) : self(.timeDays, [.count: String(days)])
    }
}
