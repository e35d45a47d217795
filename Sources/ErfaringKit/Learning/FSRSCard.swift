import Foundation

/// One card's FSRS memory state and schedule, as py-fsrs's `Card` (without its id).
///
/// A card is a plain value: `FSRSScheduler.review(_:rating:at:)` returns a new card and never
/// changes the one it is given.
public struct FSRSCard: Hashable, Sendable, Codable {
    /// Where the card is in the learning cycle.
    public var state: FSRSState
    /// Index into the scheduler's learning or relearning steps while the card is in `.learning`
    /// or `.relearning`; `nil` in `.review`.
    public var step: Int?
    /// Memory stability in days: the time for retrievability to fall from 100 % to 90 %.
    /// `nil` until the first review; never below 0.001 after one.
    public var stability: Double?
    /// Memory difficulty on FSRS's scale from 1 (easiest) to 10 (hardest); `nil` until the
    /// first review.
    public var difficulty: Double?
    /// When the card is next due for review (an instant; FSRS has no notion of time zones).
    public var due: Date
    /// When the card was last reviewed; `nil` for a card never reviewed.
    public var lastReview: Date?

    /// A card with the given values. As in py-fsrs, a card in `.learning` given no `step`
    /// starts at step 0.
    public init(
        state: FSRSState = .learning,
        step: Int? = nil,
        stability: Double? = nil,
        difficulty: Double? = nil,
        due: Date,
        lastReview: Date? = nil
    ) {
        self.state = state
        self.step = step ?? (state == .learning ? 0 : nil)
        self.stability = stability
        self.difficulty = difficulty
        self.due = due
        self.lastReview = lastReview
    }

    /// A card never reviewed, due at `due`: state `.learning`, step 0, no stability or
    /// difficulty, no last review (py-fsrs's `Card(due=due)`).
    public static func new(due: Date) -> FSRSCard {
        FSRSCard(state: .learning, step: 0, stability: nil, difficulty: nil, due: due, lastReview: nil)
    }
}
