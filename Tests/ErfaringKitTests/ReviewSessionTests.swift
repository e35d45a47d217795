import ErfaringKit
import Foundation
import Testing

@Suite("Review session")
struct ReviewSessionTests {
    private func review(_ world: SessionWorld, seed: UInt64 = 42, curriculum: Curriculum? = nil) throws -> ReviewSession {
        try ReviewSession(curriculum: curriculum ?? world.curriculum, profile: world.profile, store: world.store,
                          environment: world.clock.environment(seed: seed))
    }

    /// Gives every question of the basics bank a card, one minute apart in `order`, then moves
    /// the clock on until all are due.
    private func cards(_ world: SessionWorld, order: [String]) throws {
        for id in order {
            try world.store.recordReview(profile: world.profile, module: "basics", question: QuestionID(id), rating: .again,
                                         correct: false, scheduler: .default, at: world.clock.now)
            world.clock.advance(60)
        }
        world.clock.advance(30 * 86_400)
    }

    @Test("nothing due: the session is empty")
    func empty() throws {
        let world = try SessionWorld()
        let session = try review(world)
        #expect(session.isEmpty)
        #expect(session.items.isEmpty)
        #expect(session.answered == 0 && session.correct == 0)
    }

    @Test("due cards come most overdue first; cards of questions removed from the bank are skipped")
    func order() throws {
        let world = try SessionWorld()
        let order = ["in-order", "case", "pick-one", "is-it-so", "pick-two"]
        try cards(world, order: order)
        #expect(try review(world).items.map(\.question.id.value) == order)
        var smaller = world.curriculum
        smaller.quizzes["basics"]?.questions.removeAll { $0.id.value == "pick-one" }
        #expect(try review(world, curriculum: smaller).items.map(\.card.questionID) == order.filter { $0 != "pick-one" })
    }

    @Test("the due count is the cards a session would show: cards of removed questions are not counted")
    func dueCount() throws {
        let world = try SessionWorld()
        #expect(ReviewSession.dueCount(try world.store.snapshot(profile: world.profile, at: world.clock.now),
                                       store: world.store, curriculum: world.curriculum, at: world.clock.now) == 0)
        try cards(world, order: ["in-order", "case", "pick-one"])
        let snapshot = try world.store.snapshot(profile: world.profile, at: world.clock.now)
        #expect(snapshot.dueReviews == 3)
        #expect(ReviewSession.dueCount(snapshot, store: world.store, curriculum: world.curriculum, at: world.clock.now) == 3)
        var smaller = world.curriculum
        smaller.quizzes["basics"]?.questions.removeAll { $0.id.value == "pick-one" }
        let count = ReviewSession.dueCount(snapshot, store: world.store, curriculum: smaller, at: world.clock.now)
        #expect(count == 2)
        #expect(count == (try review(world, curriculum: smaller).items.count))
    }

    @Test("an ordering question is never shown in its right order; true/false keeps its order", arguments: 0..<24)
    func choiceOrder(seed: Int) throws {
        let world = try SessionWorld()
        try cards(world, order: ["in-order", "is-it-so", "pick-two"])
        let session = try review(world, seed: UInt64(seed))
        for item in session.items {
            #expect(Set(item.choiceOrder) == Set(item.question.choices.map(\.id.value)))
            switch item.question.kind {
            case .ordering: #expect(item.choiceOrder != item.question.correctChoiceIDs, "seed \(seed)")
            case .trueFalse: #expect(item.choiceOrder == ["true", "false"])
            default: break
            }
        }
        // The same seed gives the same orders.
        #expect(try review(world, seed: UInt64(seed)).items.map(\.choiceOrder) == session.items.map(\.choiceOrder))
    }

    @Test("the rating: wrong is again however sure; right is hard, good or easy by confidence")
    func rating() {
        for confidence in ReviewSession.Confidence.allCases {
            #expect(ReviewSession.rating(correct: false, confidence: confidence) == .again)
        }
        #expect(ReviewSession.rating(correct: true, confidence: .unsure) == .hard)
        #expect(ReviewSession.rating(correct: true, confidence: .fairlySure) == .good)
        #expect(ReviewSession.rating(correct: true, confidence: .sure) == .easy)
        #expect(ReviewSession.Confidence.default == .fairlySure)
        #expect(ReviewSession.Confidence.allCases.map(\.rawValue) == [1, 2, 3])
    }

    @Test("an answer is saved with its rating and counted; the card moves to the rating's due date")
    func answer() throws {
        let world = try SessionWorld()
        try cards(world, order: ["pick-one", "case"])
        var session = try review(world)
        let before = try world.store.reviewCards(profile: world.profile)
        let right = try session.answer(response(to: session.items[0].question, right: true), at: 0, confidence: .sure)
        #expect(right.correct)
        let wrong = try session.answer(response(to: session.items[1].question, right: false), at: 1, confidence: .sure)
        #expect(!wrong.correct)
        #expect(session.answered == 2 && session.correct == 1)
        let after = try world.store.reviewCards(profile: world.profile)
        for (index, rating) in [FSRSRating.easy, .again].enumerated() {
            let id = session.items[index].card.questionID
            let old = try #require(before.first { $0.questionID == id })
            let new = try #require(after.first { $0.questionID == id })
            #expect(new.reviews == old.reviews + 1)
            let expected = FSRSScheduler.default.review(old.card, rating: rating, at: world.clock.now)
            #expect(new.card.due == expected.due, "\(id)")
        }
        #expect(try review(world).isEmpty)
    }
}
