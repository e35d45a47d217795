import Foundation

/// The FSRS-6 scheduler: a pure function from a card, a rating and the review time to the
/// reviewed card, equal to `Scheduler(enable_fuzzing=False).review_card` of PyPI `fsrs` 6.3.2.
///
/// Every formula is written in py-fsrs's order of operations with the same `pow` calls, so on
/// the same C library the results are the same doubles. Two points where Python and Swift
/// differ by default are matched on purpose:
/// - intervals are rounded half to even, as Python's `round` does (2.5 days → 2, not 3);
/// - elapsed days are whole days of 86 400 s rounded down, as `timedelta.days` (so −1 µs is
///   day −1), counted on the microsecond grid that Python's `datetime` keeps.
public struct FSRSScheduler: Hashable, Sendable {
    /// The 21 FSRS-6 weights w0 … w20; validated by `init`, hence read-only.
    /// w0 … w3 are the initial stabilities in days for Again, Hard, Good and Easy;
    /// w20 is the decay of the forgetting curve.
    public private(set) var parameters: [Double]
    /// The probability of recall (0 … 1, exclusive) that review intervals aim for.
    public var desiredRetention: Double
    /// The waits in seconds between reviews of a card in `.learning`; empty graduates a new
    /// card on its first review.
    public var learningSteps: [TimeInterval]
    /// The waits in seconds between reviews of a card in `.relearning`; empty keeps a lapsed
    /// card in `.review`.
    public var relearningSteps: [TimeInterval]
    /// The longest review interval in days.
    public var maximumInterval: Int

    /// py-fsrs 6.3.2's `DEFAULT_PARAMETERS`.
    public static let defaultParameters: [Double] = [
        0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796,
        1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542,
    ]

    /// py-fsrs 6.3.2's `LOWER_BOUNDS_PARAMETERS`.
    public static let parameterLowerBounds: [Double] = [
        0.001, 0.001, 0.001, 0.001, 1.0, 0.001, 0.001, 0.001, 0.0, 0.0, 0.001,
        0.001, 0.001, 0.001, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.1,
    ]

    /// py-fsrs 6.3.2's `UPPER_BOUNDS_PARAMETERS`.
    public static let parameterUpperBounds: [Double] = [
        100.0, 100.0, 100.0, 100.0, 10.0, 4.0, 4.0, 0.75, 4.5, 0.8, 3.5,
        5.0, 0.25, 0.9, 4.0, 1.0, 6.0, 2.0, 2.0, 0.8, 0.8,
    ]

    /// The scheduler with py-fsrs's defaults: default parameters, 90 % retention, learning
    /// steps of 1 and 10 minutes, a relearning step of 10 minutes, at most 36 500 days.
    public static let `default` = FSRSScheduler(
        validated: defaultParameters, desiredRetention: 0.9, learningSteps: [60, 600],
        relearningSteps: [600], maximumInterval: 36_500)

    /// Why `init` refused its parameters (py-fsrs raises `ValueError` for the same).
    public enum ParameterError: Error, Hashable, Sendable {
        /// Not 21 parameters.
        case wrongCount(Int)
        /// These indices are outside py-fsrs's bounds (`parameterLowerBounds` …
        /// `parameterUpperBounds`, inclusive).
        case outOfBounds([Int])
    }

    /// A scheduler; the defaults are py-fsrs's. Throws when `parameters` is not 21 values
    /// within py-fsrs's bounds. `learningSteps` and `relearningSteps` are in seconds,
    /// `maximumInterval` in days.
    public init(
        parameters: [Double] = FSRSScheduler.defaultParameters,
        desiredRetention: Double = 0.9,
        learningSteps: [TimeInterval] = [60, 600],
        relearningSteps: [TimeInterval] = [600],
        maximumInterval: Int = 36_500
    ) throws(ParameterError) {
        guard parameters.count == Self.defaultParameters.count else {
            throw .wrongCount(parameters.count)
        }
        let outside = parameters.indices.filter {
            !(Self.parameterLowerBounds[$0] <= parameters[$0] && parameters[$0] <= Self.parameterUpperBounds[$0])
        }
        guard outside.isEmpty else { throw .outOfBounds(outside) }
        self.init(
            validated: parameters, desiredRetention: desiredRetention, learningSteps: learningSteps,
            relearningSteps: relearningSteps, maximumInterval: maximumInterval)
    }

    private init(
        validated parameters: [Double], desiredRetention: Double, learningSteps: [TimeInterval],
        relearningSteps: [TimeInterval], maximumInterval: Int
    ) {
        self.parameters = parameters
        self.desiredRetention = desiredRetention
        self.learningSteps = learningSteps
        self.relearningSteps = relearningSteps
        self.maximumInterval = maximumInterval
    }

    // MARK: - Reviewing

    /// The card after a review with `rating` at `date` (py-fsrs's `review_card` without fuzz).
    ///
    /// The new card has `lastReview == date` and `due` after `date` by a learning or
    /// relearning step, or by a whole number of days (1 … `maximumInterval`) in `.review`.
    /// Stability and difficulty follow FSRS-6: first ratings set them from w0 … w7; a review
    /// less than one whole day after the last uses the short-term formula; later reviews use
    /// the recall or forget formula at the card's retrievability.
    ///
    /// Cards py-fsrs would reject are handled without trapping: a `.review` or `.relearning`
    /// card without stability or difficulty starts from the initial values for `rating`, and a
    /// missing step counts as step 0.
    public func review(_ card: FSRSCard, rating: FSRSRating, at date: Date) -> FSRSCard {
        var next = card
        let sameDay = card.lastReview.map { Self.wholeDays(from: $0, to: date) < 1 } ?? false

        // Memory state. py-fsrs computes retrievability from the card before the review.
        if let stability = card.stability, let difficulty = card.difficulty {
            if sameDay {
                next.stability = shortTermStability(stability, rating: rating)
            } else {
                next.stability = nextStability(
                    difficulty: difficulty, stability: stability,
                    retrievability: retrievability(of: card, at: date), rating: rating)
            }
            next.difficulty = nextDifficulty(difficulty, rating: rating)
        } else {
            next.stability = initialStability(rating)
            next.difficulty = initialDifficulty(rating, clamp: true)
        }
        let stability = next.stability ?? Self.stabilityMin

        // Next state, step and wait.
        let wait: TimeInterval
        switch card.state {
        case .learning, .relearning:
            let steps = card.state == .learning ? learningSteps : relearningSteps
            let step = card.step ?? 0
            // A step past the end comes from a scheduler with more steps: graduate unless Again.
            if steps.isEmpty || (step >= steps.count && rating != .again) {
                (next.state, next.step) = (.review, nil)
                wait = Self.seconds(days: nextIntervalDays(stability: stability))
            } else {
                switch rating {
                case .again:
                    next.step = 0
                    wait = steps[0]
                case .hard:
                    next.step = step
                    if step == 0 && steps.count == 1 {
                        wait = steps[0] * 1.5
                    } else if step == 0 && steps.count >= 2 {
                        wait = (steps[0] + steps[1]) / 2.0
                    } else {
                        wait = Self.element(steps, at: step)
                    }
                case .good:
                    if step + 1 == steps.count {
                        (next.state, next.step) = (.review, nil)
                        wait = Self.seconds(days: nextIntervalDays(stability: stability))
                    } else {
                        next.step = step + 1
                        wait = Self.element(steps, at: step + 1)
                    }
                case .easy:
                    (next.state, next.step) = (.review, nil)
                    wait = Self.seconds(days: nextIntervalDays(stability: stability))
                }
            }
        case .review:
            if rating == .again && !relearningSteps.isEmpty {
                (next.state, next.step) = (.relearning, 0)
                wait = relearningSteps[0]
            } else {
                wait = Self.seconds(days: nextIntervalDays(stability: stability))
            }
        }

        next.due = date.addingTimeInterval(wait)
        next.lastReview = date
        return next
    }

    /// The probability (0 … 1) that `card` is recalled at `date`, from its stability and the
    /// whole days since its last review (none before it); 0 for a card never reviewed
    /// (py-fsrs's `get_card_retrievability`).
    public func retrievability(of card: FSRSCard, at date: Date) -> Double {
        guard let lastReview = card.lastReview, let stability = card.stability else { return 0 }
        let elapsedDays = max(0, Self.wholeDays(from: lastReview, to: date))
        return pow(1 + factor * Double(elapsedDays) / stability, decay)
    }

    // MARK: - FSRS-6 formulas (py-fsrs's private methods, same order of operations)

    static let stabilityMin = 0.001
    static let minDifficulty = 1.0
    static let maxDifficulty = 10.0
    /// Python's `math.e`; py-fsrs raises it with `**` (that is `pow`, not `exp`).
    static let e = 2.718281828459045

    private var w: [Double] { parameters }
    /// The forgetting curve's exponent, −w20.
    private var decay: Double { -parameters[20] }
    /// Chosen so that retrievability is 90 % after `stability` days.
    private var factor: Double { pow(0.9, 1 / decay) - 1 }

    private func clampDifficulty(_ difficulty: Double) -> Double {
        min(max(difficulty, Self.minDifficulty), Self.maxDifficulty)
    }

    private func clampStability(_ stability: Double) -> Double {
        max(stability, Self.stabilityMin)
    }

    private func initialStability(_ rating: FSRSRating) -> Double {
        clampStability(w[rating.rawValue - 1])
    }

    private func initialDifficulty(_ rating: FSRSRating, clamp: Bool) -> Double {
        let difficulty = w[4] - pow(Self.e, w[5] * Double(rating.rawValue - 1)) + 1
        return clamp ? clampDifficulty(difficulty) : difficulty
    }

    /// Whole days (1 … `maximumInterval`) from stability in days, rounded half to even.
    func nextIntervalDays(stability: Double) -> Int {
        let interval = (stability / factor) * (pow(desiredRetention, 1 / decay) - 1)
        // Python's round(): ties to even. NaN (py-fsrs raises) can only come from a
        // desiredRetention outside 0 … 1; it gives the shortest interval rather than a trap.
        let rounded = interval.rounded(.toNearestOrEven)
        let atLeastOne = rounded.isNaN ? 1 : max(rounded, 1)
        if atLeastOne >= Double(maximumInterval) { return maximumInterval }
        return min(Int(atLeastOne), maximumInterval)
    }

    private func shortTermStability(_ stability: Double, rating: FSRSRating) -> Double {
        var increase = pow(Self.e, w[17] * (Double(rating.rawValue - 3) + w[18])) * pow(stability, -w[19])
        if rating != .again {
            increase = max(increase, 1.0)
        }
        return clampStability(stability * increase)
    }

    private func nextDifficulty(_ difficulty: Double, rating: FSRSRating) -> Double {
        let easyInitial = initialDifficulty(.easy, clamp: false)
        let delta = -(w[6] * Double(rating.rawValue - 3))
        let damped = difficulty + (10.0 - difficulty) * delta / 9.0  // linear damping
        let reverted = w[7] * easyInitial + (1 - w[7]) * damped  // mean reversion to Easy
        return clampDifficulty(reverted)
    }

    private func nextStability(
        difficulty: Double, stability: Double, retrievability: Double, rating: FSRSRating
    ) -> Double {
        let next = rating == .again
            ? forgetStability(difficulty: difficulty, stability: stability, retrievability: retrievability)
            : recallStability(
                difficulty: difficulty, stability: stability, retrievability: retrievability, rating: rating)
        return clampStability(next)
    }

    private func forgetStability(difficulty: Double, stability: Double, retrievability: Double) -> Double {
        let longTerm = w[11] * pow(difficulty, -w[12]) * (pow(stability + 1, w[13]) - 1)
            * pow(Self.e, (1 - retrievability) * w[14])
        let shortTerm = stability / pow(Self.e, w[17] * w[18])
        return min(longTerm, shortTerm)
    }

    private func recallStability(
        difficulty: Double, stability: Double, retrievability: Double, rating: FSRSRating
    ) -> Double {
        let hardPenalty = rating == .hard ? w[15] : 1
        let easyBonus = rating == .easy ? w[16] : 1
        return stability * (1 + pow(Self.e, w[8]) * (11 - difficulty) * pow(stability, -w[9])
            * (pow(Self.e, (1 - retrievability) * w[10]) - 1) * hardPenalty * easyBonus)
    }

    // MARK: - Time

    private static let microsecondsPerDay = 86_400_000_000

    private static func seconds(days: Int) -> TimeInterval {
        TimeInterval(days) * 86_400
    }

    /// Python's `(end - start).days`: whole days of 86 400 s, rounded down.
    ///
    /// `datetime` counts exact microseconds; `Date` is a `Double` of seconds. Each date is
    /// first put back on the microsecond grid, so that a review exactly on a day boundary (say
    /// at its due time) does not land a hair before it. A `Double` pins down the microsecond
    /// up to about the year 2270; later dates are exact to the second only.
    static func wholeDays(from start: Date, to end: Date) -> Int {
        if let start = microseconds(since2001: start), let end = microseconds(since2001: end) {
            let elapsed = end - start
            let days = elapsed / microsecondsPerDay
            return elapsed % microsecondsPerDay < 0 ? days - 1 : days
        }
        // Dates hundreds of thousands of years away (or NaN): no microseconds to care about.
        let days = ((end.timeIntervalSinceReferenceDate - start.timeIntervalSinceReferenceDate) / 86_400)
            .rounded(.down)
        if days.isNaN { return 0 }
        if days >= 9e18 { return Int.max }
        if days <= -9e18 { return Int.min }
        return Int(days)
    }

    /// The nearest whole microsecond to `date`, counted from 2001-01-01 00:00 UTC; `nil` for a
    /// date more than about 285 000 years away or NaN.
    private static func microseconds(since2001 date: Date) -> Int? {
        let seconds = date.timeIntervalSinceReferenceDate
        let whole = seconds.rounded(.down)
        guard abs(whole) < 9e12 else { return nil }
        let fraction = ((seconds - whole) * 1_000_000).rounded(.toNearestOrEven)
        return Int(whole) * 1_000_000 + Int(fraction)
    }

    /// `steps[index]` with Python's indexing: a negative index counts from the end. Steps the
    /// scheduler makes are always in range; an index no list has gives the last step.
    private static func element(_ steps: [TimeInterval], at index: Int) -> TimeInterval {
        if steps.indices.contains(index) { return steps[index] }
        if index < 0, steps.indices.contains(steps.count + index) { return steps[steps.count + index] }
        return steps.last ?? 0
    }
}
