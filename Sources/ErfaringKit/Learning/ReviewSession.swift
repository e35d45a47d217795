import Foundation

/// A short session over the review cards that are due: which cards and in what order, each
/// question's choice order, the rating an answer and its confidence give, and the count of
/// right answers. The shell only shows and reads.
public struct ReviewSession {
    /// A due card with its question and the order its choices are shown in.
    public struct Item: Sendable {
        public var card: ReviewCard
        public var question: Question
        public var choiceOrder: [String]
    }

    /// How sure the learner was of a right answer, asked once its feedback is on screen.
    public enum Confidence: Int, CaseIterable, Sendable {
        case unsure = 1
        case fairlySure = 2
        case sure = 3

        /// What a right answer counts as when the learner gives no confidence (Enter) or leaves at
        /// the confidence prompt (Ctrl-C, Ctrl-D, `hjem`): the answer was given and graded, so it is
        /// recorded, at the rating Enter gives.
        public static let `default` = Confidence.fairlySure
    }

    /// Most cards one session shows.
    public static let limit = 50

    /// The due cards, most overdue first, then by module and question; cards of questions
    /// removed from the curriculum are skipped.
    public let items: [Item]
    public let profileID: String
    /// Answers given (and saved) so far, and how many of them were right.
    public private(set) var answered = 0
    public private(set) var correct = 0
    private let store: ProgressStore
    private let environment: LearningEnvironment
    private let scheduler: FSRSScheduler

    public init(curriculum: Curriculum, profile: String, store: ProgressStore, environment: LearningEnvironment,
                scheduler: FSRSScheduler = .default) throws(StoreError) {
        self.profileID = profile
        self.store = store
        self.environment = environment
        self.scheduler = scheduler
        let cards = try store.dueCards(profile: profile, at: environment.now(), limit: Self.limit)
        var generator = SeededGenerator(seed: environment.seed())
        var items: [Item] = []
        for card in cards {
            guard let question = Self.question(of: card, in: curriculum) else { continue }
            // The same rule as a quiz draw: an ordering question never starts in its correct order.
            items.append(Item(card: card, question: question,
                              choiceOrder: QuizDraw.choiceOrder(for: question, using: &generator)))
        }
        self.items = items
    }

    /// Whether nothing is due.
    public var isEmpty: Bool { items.isEmpty }

    /// The question a card asks, or nil when the question has left the curriculum: such a card
    /// is never shown and never counted as due.
    static func question(of card: ReviewCard, in curriculum: Curriculum) -> Question? {
        curriculum.question(card.questionID, in: card.moduleID)
    }

    /// How many cards are due that a session would show: cards of removed questions are left out.
    /// A queue longer than `countLimit` is counted by the store alone (the home screen must stay fast).
    public static func dueCount(_ snapshot: ProgressSnapshot, store: ProgressStore, curriculum: Curriculum,
                                at date: Date) -> Int {
        guard snapshot.dueReviews > 0, snapshot.dueReviews <= countLimit,
              let cards = try? store.dueCards(profile: snapshot.profile.id, at: date, limit: countLimit) else {
            return snapshot.dueReviews
        }
        return cards.count { question(of: $0, in: curriculum) != nil }
    }

    /// The largest queue `dueCount` checks card by card.
    public static let countLimit = 2000

    /// The FSRS rating of a review answer: wrong is "again" however sure; right is "hard",
    /// "good" or "easy" as the learner was unsure, fairly sure or sure.
    public static func rating(correct: Bool, confidence: Confidence) -> FSRSRating {
        guard correct else { return .again }
        switch confidence {
        case .unsure: return .hard
        case .fairlySure: return .good
        case .sure: return .easy
        }
    }

    /// Grades the answer to the item at `index` without saving anything.
    public func grade(_ response: [String], at index: Int) -> Grader.Outcome {
        Grader.grade(items[index].question, response: response)
    }

    /// Whether an answer's rating waits for the learner's confidence: only a right answer's does
    /// (a wrong one is "again" however sure). A wrong answer is saved before its feedback is
    /// shown; a right one when the learner has said how sure they were, after its feedback.
    public static func asksConfidence(_ outcome: Grader.Outcome) -> Bool { outcome.correct }

    /// Grades and saves the answer to the item at `index` with its rating. Returns the grade to show.
    public mutating func answer(_ response: [String], at index: Int,
                                confidence: Confidence) throws(StoreError) -> Grader.Outcome {
        let item = items[index]
        let outcome = Grader.grade(item.question, response: response)
        try store.recordReview(profile: profileID, module: ModuleID(item.card.moduleID), question: QuestionID(item.card.questionID),
                               rating: Self.rating(correct: outcome.correct, confidence: confidence),
                               correct: outcome.correct, scheduler: scheduler, at: environment.now())
        if outcome.correct { correct += 1 }
        answered += 1
        return outcome
    }
}
