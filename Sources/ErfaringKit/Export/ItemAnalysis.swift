import Foundation

/// Item analysis of a cohort's first quiz attempts, per question, with the figures of Moodle's quiz
/// statistics report: the facility index, the discrimination index and the discriminative
/// efficiency, how often each option was chosen, the distractor that draws the most wrong answers,
/// and flags for questions that need a look. The formulas are in `docs/facilitator.md`.
public struct ItemAnalysis: Hashable, Sendable {
    /// Below this many answers a question's figures are shown but marked, and it is not flagged.
    public static let fewAnswers = 5
    /// A facility index at or above this: almost everyone gets it right.
    public static let easyFacility = 0.9
    /// A facility index at or below this: almost no one gets it right.
    public static let hardFacility = 0.2
    /// A discrimination (as a correlation, -1…1) below this is low: Moodle calls an index under 20 "very weak".
    public static let lowDiscrimination = 0.2

    public enum Flag: String, Hashable, Sendable, CaseIterable {
        case tooEasy = "too-easy", tooHard = "too-hard"
        case negativeDiscrimination = "negative-discrimination", lowDiscrimination = "low-discrimination"
    }

    /// How often one option was chosen (for an ordering question: put in its right place).
    public struct OptionCount: Hashable, Sendable {
        public var choiceID: String
        public var isCorrect: Bool
        public var count: Int
    }

    public struct Item: Hashable, Sendable {
        public var moduleID: String
        public var questionID: String
        public var kind: Question.Kind
        /// Learners who answered it in their first attempt.
        public var answered: Int
        public var correct: Int
        /// The share of right answers, 0…1.
        public var facility: Double?
        /// The correlation of the question's mark with the rest of the attempt's marks, -1…1
        /// (Moodle shows it ×100); nil when either has no spread.
        public var discrimination: Double?
        /// The covariance over the largest covariance these marks allow, 0…1 or below (Moodle ×100).
        public var efficiency: Double?
        public var options: [OptionCount]
        /// The wrong option chosen most often in wrong answers (for ordering: most often out of place).
        public var distractor: String?
        public var flags: [Flag]

        /// Whether too few answered for the figures to mean much.
        public var hasFewAnswers: Bool { answered < ItemAnalysis.fewAnswers }
        /// Whether its options are counted by place (then every option is a right one, unmarked).
        public var countsPlaces: Bool { ItemAnalysis.countsPlaces(kind) }
    }

    /// Whether a kind's options are counted by how often each was put in its right place (an
    /// ordering question) rather than by how often each was chosen.
    public static func countsPlaces(_ kind: Question.Kind) -> Bool {
        switch kind {
        case .ordering: true
        case .single, .multiple, .trueFalse, .scenario: false
        }
    }

    /// Learners whose answers were read.
    public var learners: Int
    /// Questions answered at least once, in course and bank order.
    public var items: [Item]

    /// The analysis of `attempts`: each learner's first finished attempt of each module
    /// (one per learner and module; later ones for the same module are ignored).
    public init(curriculum: Curriculum, learners: [(id: String, attempts: [FirstAttempt])]) {
        self.learners = learners.count
        var byModule: [String: [[String: FirstAttempt.Answer]]] = [:]
        for learner in learners {
            var seen = Set<String>()
            for attempt in learner.attempts where seen.insert(attempt.moduleID).inserted {
                var answers: [String: FirstAttempt.Answer] = [:]
                for answer in attempt.answers where curriculum.question(answer.questionID, in: attempt.moduleID) != nil {
                    answers[answer.questionID] = answers[answer.questionID] ?? answer
                }
                byModule[attempt.moduleID, default: []].append(answers)
            }
        }
        items = curriculum.modules.flatMap { module -> [Item] in
            let attempts = byModule[module.id.value] ?? []
            let totals = attempts.map { $0.values.count { $0.correct } }
            return (curriculum.quiz(for: module.id.value)?.questions ?? []).compactMap { question in
                var marks: [Double] = [], rest: [Double] = [], responses: [FirstAttempt.Answer] = []
                for (index, attempt) in attempts.enumerated() {
                    guard let answer = attempt[question.id.value] else { continue }
                    let mark = answer.correct ? 1.0 : 0.0
                    marks.append(mark)
                    rest.append(Double(totals[index]) - mark)
                    responses.append(answer)
                }
                guard !marks.isEmpty else { return nil }
                return Self.item(question, module: module.id.value, marks: marks, rest: rest, responses: responses)
            }
        }
    }

    static func item(_ question: Question, module: String, marks: [Double], rest: [Double],
                     responses: [FirstAttempt.Answer]) -> Item {
        let correct = responses.count { $0.correct }
        let facility = Double(correct) / Double(marks.count)
        let (discrimination, efficiency) = Self.discrimination(marks: marks, rest: rest)
        let correctIDs = question.correctChoiceIDs
        let options: [OptionCount]
        var wrongCounts: [String: Int] = [:]
        if countsPlaces(question.kind) {
            options = question.choices.map { choice in
                let place = correctIDs.firstIndex(of: choice.id.value)
                return OptionCount(choiceID: choice.id.value, isCorrect: true, count: responses.count { response in
                    response.response.firstIndex(of: choice.id.value) == place
                })
            }
            for response in responses where !response.correct {
                for (place, id) in correctIDs.enumerated() where response.response.firstIndex(of: id) != place {
                    wrongCounts[id, default: 0] += 1
                }
            }
        } else {
            options = question.choices.map { choice in
                OptionCount(choiceID: choice.id.value, isCorrect: choice.isCorrect,
                            count: responses.count { $0.response.contains(choice.id.value) })
            }
            for response in responses where !response.correct {
                for id in Set(response.response) where !correctIDs.contains(id) { wrongCounts[id, default: 0] += 1 }
            }
        }
        // The most often chosen; on a tie, the first in the bank's order.
        var distractor: (id: String, count: Int)?
        for choice in question.choices {
            let count = wrongCounts[choice.id.value] ?? 0
            if count > 0, count > distractor?.count ?? 0 { distractor = (choice.id.value, count) }
        }
        var flags: [Flag] = []
        if marks.count >= fewAnswers {
            if facility >= easyFacility { flags.append(.tooEasy) }
            if facility <= hardFacility { flags.append(.tooHard) }
            if let discrimination, discrimination < 0 { flags.append(.negativeDiscrimination) }
            if let discrimination, discrimination >= 0, discrimination < lowDiscrimination { flags.append(.lowDiscrimination) }
        }
        return Item(moduleID: module, questionID: question.id.value, kind: question.kind, answered: marks.count,
                    correct: correct, facility: facility, discrimination: discrimination, efficiency: efficiency,
                    options: options, distractor: distractor?.id, flags: flags)
    }

    /// Moodle's discrimination index and discriminative efficiency (as fractions, not ×100): the
    /// sample covariance of the question's marks `x` with the rest of each attempt's marks `y`,
    /// over `sqrt(var x · var y)`, and over the covariance of both sorted ascending (the largest
    /// these marks allow). Nil where a denominator is zero or there are fewer than two answers.
    public static func discrimination(marks x: [Double], rest y: [Double]) -> (index: Double?, efficiency: Double?) {
        let n = Double(x.count)
        guard x.count >= 2, x.count == y.count else { return (nil, nil) }
        let meanX = x.reduce(0, +) / n, meanY = y.reduce(0, +) / n
        var covariance = 0.0, varianceX = 0.0, varianceY = 0.0, covarianceMax = 0.0
        for (a, b) in zip(x, y) {
            covariance += (a - meanX) * (b - meanY)
            varianceX += (a - meanX) * (a - meanX)
            varianceY += (b - meanY) * (b - meanY)
        }
        for (a, b) in zip(x.sorted(), y.sorted()) { covarianceMax += (a - meanX) * (b - meanY) }
        // The common 1/(n-1) cancels out of both ratios.
        let index = varianceX * varianceY > 0 ? covariance / (varianceX * varianceY).squareRoot() : nil
        let efficiency = covarianceMax > 0 ? covariance / covarianceMax : nil
        return (index, efficiency)
    }
}
