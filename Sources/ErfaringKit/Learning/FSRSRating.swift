/// The learner's answer to a review; the raw values are py-fsrs's `Rating`.
public enum FSRSRating: Int, Sendable, Codable, CaseIterable {
    /// Forgot the answer.
    case again = 1
    /// Recalled it with serious difficulty.
    case hard = 2
    /// Recalled it after some hesitation.
    case good = 3
    /// Recalled it easily.
    case easy = 4
}
