/// Turns readiness ratings into advice about where to start. Never a verdict.
public struct ReadinessAdvice: Hashable, Sendable {
    public struct Suggestion: Hashable, Sendable {
        public var itemID: String
        public var moduleID: String
        public var rating: Int
        public var advice: LocalizedText
    }

    /// Items rated at or below the threshold, lowest rating first (course order on ties).
    public var suggestions: [Suggestion]
    /// The modules to start with, without repeats, in the order of `suggestions`.
    public var moduleOrder: [String]
    /// True when no rating is at or below the threshold.
    public var allClear: Bool

    /// - Parameter ratings: item id → rating 1–5; unanswered items are left out.
    public init(readiness: Readiness, ratings: [String: Int]) {
        let low = readiness.items.enumerated().compactMap { index, item -> (Int, Suggestion)? in
            guard let rating = ratings[item.id.value], rating <= readiness.adviceThreshold else { return nil }
            return (index, Suggestion(itemID: item.id.value, moduleID: item.module.value, rating: rating,
                                      advice: item.advice))
        }
        suggestions = low.sorted { ($0.1.rating, $0.0) < ($1.1.rating, $1.0) }.map(\.1)
        var seen: Set<String> = []
        moduleOrder = suggestions.map(\.moduleID).filter { seen.insert($0).inserted }
        allClear = suggestions.isEmpty && !ratings.isEmpty
    }
}
