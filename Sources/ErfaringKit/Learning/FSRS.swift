// FSRS-6 spaced-repetition scheduling, ported from the reference implementation
// PyPI `fsrs` 6.3.2 (py-fsrs) with fuzzing off. The port is checked review by review
// against vectors recorded from py-fsrs (Tests/ErfaringKitTests/Fixtures/fsrs/vectors.json).
//
// Types: `FSRSRating` (the learner's answer), `FSRSState` (below), `FSRSCard` (one card's
// memory state and due time) and `FSRSScheduler` (the pure function from card, rating and
// review time to the next card).

/// Where a card is in the FSRS learning cycle; the raw values are py-fsrs's `State`.
public enum FSRSState: Int, Sendable, Codable {
    /// New or not yet graduated: reviewed at the scheduler's short learning steps.
    case learning = 1
    /// Graduated: reviewed at intervals of whole days derived from stability.
    case review = 2
    /// Forgotten after graduating: reviewed at the relearning steps before returning to review.
    case relearning = 3
}
