import ErfaringKit
import Foundation
import Testing

/// The FSRS port replayed against vectors recorded from PyPI `fsrs` 6.3.2 with fuzzing off
/// (Fixtures/fsrs/vectors.json; its `format` field describes the keys).
@Suite("FSRS scheduler")
struct FSRSTests {
    static let stabilityTolerance = 1e-6  // days
    static let difficultyTolerance = 1e-6
    static let retrievabilityTolerance = 1e-9
    static let dueTolerance: TimeInterval = 1  // seconds

    @Test("every recorded review sequence replays to py-fsrs's cards", arguments: FSRSVectors.sequences)
    func replay(_ sequence: FSRSVectors.Sequence) throws {
        let scheduler = try FSRSVectors.scheduler(of: sequence)
        var card = sequence.card.card
        for (index, review) in sequence.reviews.enumerated() {
            let at = "review \(index + 1) of \(sequence.testDescription)"
            let rating = try #require(FSRSRating(rawValue: review.rating), "\(at)")
            let time = FSRSVectors.date(review.t)
            #expect(
                abs(scheduler.retrievability(of: card, at: time) - review.rPrev) <= Self.retrievabilityTolerance,
                "retrievability before \(at)")

            card = scheduler.review(card, rating: rating, at: time)

            #expect(card.state.rawValue == review.state, "state after \(at)")
            #expect(card.step == review.step, "step after \(at)")
            let stability = try #require(card.stability, "stability after \(at)")
            let difficulty = try #require(card.difficulty, "difficulty after \(at)")
            #expect(abs(stability - review.s) <= Self.stabilityTolerance, "stability after \(at): \(stability) vs \(review.s)")
            #expect(abs(difficulty - review.d) <= Self.difficultyTolerance, "difficulty after \(at): \(difficulty) vs \(review.d)")
            #expect(abs(card.due.timeIntervalSince(FSRSVectors.date(review.due))) < Self.dueTolerance, "due after \(at)")
            #expect(card.lastReview == time, "last review after \(at)")
            #expect(FSRSVectors.date(review.last) == time, "fixture: last review after \(at)")
            #expect(
                abs(scheduler.retrievability(of: card, at: FSRSVectors.date(review.probe)) - review.rProbe)
                    <= Self.retrievabilityTolerance,
                "retrievability at the probe after \(at)")
        }
    }

    @Test("the vectors cover every rating, state, scheduler and kind of review time")
    func coverage() throws {
        let vectors = try FSRSVectors.load()
        let reviews = vectors.sequences.flatMap(\.reviews)
        #expect(vectors.sequences.filter { $0.scheduler == 0 && $0.from == nil }.count >= 250)
        #expect(reviews.count >= 2_500)
        #expect(Set(reviews.map(\.rating)) == [1, 2, 3, 4])
        #expect(Set(reviews.map(\.state)) == [1, 2, 3])
        #expect(Set(vectors.sequences.map(\.scheduler)) == Set(vectors.schedulers.indices))
        #expect(vectors.sequences.filter { $0.from != nil }.count >= 24, "cards carried over from another scheduler")
        // Reviews early, late and on time, and one microsecond either side of a whole day after the last.
        var early = 0, late = 0, onTime = 0, boundary = 0
        for sequence in vectors.sequences {
            var due = sequence.card.due, last = sequence.card.last
            for review in sequence.reviews {
                if review.t < due { early += 1 } else if review.t > due { late += 1 } else { onTime += 1 }
                if let last {
                    let micros = Int(((review.t - last) * 1_000_000).rounded()) % 86_400_000_000
                    if micros == 1 || micros == 86_399_999_999 { boundary += 1 }
                }
                (due, last) = (review.due, review.last)
            }
        }
        #expect(early >= 100 && late >= 100 && onTime >= 100 && boundary >= 50)
    }

    @Test("py-fsrs's known vector: Good ×6, Again ×2, Good ×5, each at the due time")
    func knownIntervals() throws {
        var card = FSRSCard.new(due: try Date("2022-11-29T12:30:00Z", strategy: .iso8601))
        var intervals: [Int] = []
        for rating in Array(repeating: FSRSRating.good, count: 6) + [.again, .again]
            + Array(repeating: .good, count: 5)
        {
            let reviewed = FSRSScheduler.default.review(card, rating: rating, at: card.due)
            intervals.append(Int((reviewed.due.timeIntervalSince(card.due) / 86_400).rounded(.down)))
            card = reviewed
        }
        #expect(intervals == [0, 2, 11, 46, 163, 498, 0, 0, 2, 4, 7, 12, 21])
        let recorded = try FSRSVectors.load().sequences.first { $0.name == "known-interval-vector" }
        #expect(try #require(recorded).intervals == intervals)
    }

    @Test("intervals round half to even, as Python's round", arguments: [
        (FSRSRating.again, 2), (.hard, 2), (.good, 4), (.easy, 12),
    ])
    func roundHalfToEven(_ rating: FSRSRating, _ days: Int) throws {
        // Initial stabilities 1.5, 2.5, 4.5 and 12.5 days; at 90 % retention the interval is the stability.
        let scheduler = try FSRSScheduler(
            parameters: [1.5, 2.5, 4.5, 12.5] + FSRSScheduler.defaultParameters.dropFirst(4),
            learningSteps: [], relearningSteps: [])
        let start = Date(timeIntervalSince1970: 1_700_000_000)
        let card = scheduler.review(.new(due: start), rating: rating, at: start)
        #expect(card.state == .review)
        #expect(card.due.timeIntervalSince(start) == TimeInterval(days) * 86_400)
    }

    @Test("a review one microsecond short of a whole day counts as the same day")
    func wholeDaysRoundDown() throws {
        let start = Date(timeIntervalSince1970: 1_669_725_000.123456)
        let first = FSRSScheduler.default.review(.new(due: start), rating: .easy, at: start)
        let justBefore = start.addingTimeInterval(86_400 - 0.000_001)
        let onTheDay = start.addingTimeInterval(86_400)
        #expect(FSRSScheduler.default.retrievability(of: first, at: justBefore) == 1)
        #expect(FSRSScheduler.default.retrievability(of: first, at: onTheDay) < 1)
        // Same day: short-term stability; a day later: recall stability, which grows more.
        let sameDay = FSRSScheduler.default.review(first, rating: .good, at: justBefore)
        let nextDay = FSRSScheduler.default.review(first, rating: .good, at: onTheDay)
        #expect(try #require(sameDay.stability) < #require(nextDay.stability))
    }

    @Test("review is a pure function: same input, same output, input untouched", arguments: FSRSRating.allCases)
    func pure(_ rating: FSRSRating) throws {
        let start = Date(timeIntervalSince1970: 1_600_000_000.5)
        let scheduler = FSRSScheduler.default
        var card = FSRSCard.new(due: start)
        for (index, step) in [FSRSRating.good, .good, .again, .hard].enumerated() {
            card = scheduler.review(card, rating: step, at: start.addingTimeInterval(Double(index) * 90_000))
        }
        let original = card
        let at = start.addingTimeInterval(40 * 86_400)
        let first = scheduler.review(card, rating: rating, at: at)
        let second = scheduler.review(card, rating: rating, at: at)
        #expect(first == second)
        #expect(card == original)
        #expect(first != card)
        #expect(first.lastReview == at)
        #expect(scheduler == FSRSScheduler.default)
        let copy = try FSRSScheduler()
        #expect(copy == scheduler)
        #expect(copy.review(card, rating: rating, at: at) == first)
        #expect(scheduler.retrievability(of: card, at: at) == scheduler.retrievability(of: original, at: at))
    }

    @Test("a new card is py-fsrs's Card(): learning, step 0, no memory state")
    func newCard() {
        let due = Date(timeIntervalSince1970: 1_669_725_000)
        let card = FSRSCard.new(due: due)
        #expect(card == FSRSCard(state: .learning, step: 0, stability: nil, difficulty: nil, due: due, lastReview: nil))
        #expect(FSRSCard(state: .learning, due: due).step == 0)
        #expect(FSRSCard(state: .review, due: due).step == nil)
        #expect(FSRSScheduler.default.retrievability(of: card, at: due) == 0)
    }

    @Test("there are 21 parameters, py-fsrs 6.3.2's defaults")
    func parameters() throws {
        #expect(FSRSScheduler.default.parameters.count == 21)
        #expect(FSRSScheduler.default.parameters == [
            0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796,
            1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542,
        ])
        #expect(try FSRSScheduler.default.parameters == FSRSVectors.load().schedulers[0].parameters)
        #expect(FSRSScheduler.default.desiredRetention == 0.9)
        #expect(FSRSScheduler.default.learningSteps == [60, 600])
        #expect(FSRSScheduler.default.relearningSteps == [600])
        #expect(FSRSScheduler.default.maximumInterval == 36_500)
        #expect(throws: FSRSScheduler.ParameterError.wrongCount(20)) {
            try FSRSScheduler(parameters: Array(FSRSScheduler.defaultParameters.dropLast()))
        }
        var outside = FSRSScheduler.defaultParameters
        outside[4] = 0.5
        outside[20] = 0.9
        #expect(throws: FSRSScheduler.ParameterError.outOfBounds([4, 20])) {
            try FSRSScheduler(parameters: outside)
        }
    }
}

/// The recorded vectors.
enum FSRSVectors {
    struct File: Decodable, Sendable {
        var source: String
        var schedulers: [Scheduler]
        var sequences: [Sequence]
    }

    struct Scheduler: Decodable, Sendable {
        var parameters: [Double]
        var desiredRetention: Double
        var learningSteps: [TimeInterval]
        var relearningSteps: [TimeInterval]
        var maximumInterval: Int
    }

    struct Card: Decodable, Sendable {
        var state: Int
        var step: Int?
        var s: Double?
        var d: Double?
        var due: Double
        var last: Double?

        var card: FSRSCard {
            FSRSCard(
                state: FSRSState(rawValue: state) ?? .learning, step: step, stability: s, difficulty: d,
                due: FSRSVectors.date(due), lastReview: last.map(FSRSVectors.date))
        }
    }

    struct Review: Decodable, Sendable {
        var t: Double
        var rating: Int
        var state: Int
        var step: Int?
        var s: Double
        var d: Double
        var due: Double
        var last: Double
        var rPrev: Double
        var probe: Double
        var rProbe: Double
    }

    struct Sequence: Decodable, Sendable, CustomTestStringConvertible {
        var index = 0
        var scheduler: Int
        var card: Card
        var reviews: [Review]
        var name: String?
        var intervals: [Int]?
        var from: Int?
        /// `schedulers[scheduler]`, filled in by `load`.
        var config: Scheduler?

        enum CodingKeys: String, CodingKey {
            case scheduler, card, reviews, name, intervals, from
        }

        var testDescription: String {
            "sequence \(index)\(name.map { " (\($0))" } ?? ""), scheduler \(scheduler), \(reviews.count) reviews"
        }
    }

    static func load() throws -> File {
        let root = try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil))
        let data = try Data(contentsOf: root.appendingPathComponent("fsrs/vectors.json"))
        var file = try JSONDecoder().decode(File.self, from: data)
        for index in file.sequences.indices {
            file.sequences[index].index = index
            let scheduler = file.sequences[index].scheduler
            file.sequences[index].config = file.schedulers.indices.contains(scheduler) ? file.schedulers[scheduler] : nil
        }
        return file
    }

    /// The sequences as test arguments; none when the file cannot be read (then `coverage` fails).
    static var sequences: [Sequence] {
        (try? load().sequences) ?? []
    }

    /// The py-fsrs scheduler a sequence was recorded with.
    static func scheduler(of sequence: Sequence) throws -> FSRSScheduler {
        let config = try #require(sequence.config, "no scheduler \(sequence.scheduler)")
        return try FSRSScheduler(
            parameters: config.parameters, desiredRetention: config.desiredRetention,
            learningSteps: config.learningSteps, relearningSteps: config.relearningSteps,
            maximumInterval: config.maximumInterval)
    }

    /// Unix seconds (the fixture's fraction carries microseconds) as a `Date`.
    static func date(_ unixSeconds: Double) -> Date {
        Date(timeIntervalSince1970: unixSeconds)
    }
}
