/// The questions of one attempt, in the order shown, each with its choices in the order shown.
///
/// Drawn from a seed, so the same seed gives the same attempt; the draw is also stored with the
/// attempt, so an attempt resumes exactly as it began even if the bank changes.
public struct QuizDraw: Hashable, Sendable, Codable {
    public struct Item: Hashable, Sendable, Codable {
        public var questionID: String
        public var choiceOrder: [String]

        public init(questionID: String, choiceOrder: [String]) {
            self.questionID = questionID
            self.choiceOrder = choiceOrder
        }
    }

    public var items: [Item]

    public init(items: [Item]) { self.items = items }

    /// Draws `quiz.draw` questions, spread over the objectives as evenly as the bank allows,
    /// then shuffles the questions and their choices. True/false choices keep their order; an
    /// ordering question never starts in its correct order.
    public init(quiz: Quiz, seed: UInt64) {
        var generator = SeededGenerator(seed: seed)
        var groups: [String: [Question]] = [:]
        var objectiveOrder: [String] = []
        for question in quiz.questions {
            let key = question.objective?.value ?? ""
            if groups[key] == nil { objectiveOrder.append(key) }
            groups[key, default: []].append(question)
        }
        var queues = objectiveOrder.map { generator.shuffled(groups[$0] ?? []) }
        queues = generator.shuffled(queues)
        var chosen: [Question] = []
        let target = min(max(quiz.draw, 0), quiz.questions.count)
        var round = 0
        while chosen.count < target {
            var took = false
            for queue in queues where round < queue.count && chosen.count < target {
                chosen.append(queue[round])
                took = true
            }
            if !took { break }
            round += 1
        }
        items = generator.shuffled(chosen).map { question in
            Item(questionID: question.id.value, choiceOrder: Self.choiceOrder(for: question, using: &generator))
        }
    }

    /// The order a question's choices are shown in, for a quiz and a review alike: true/false
    /// keeps its order, anything else is shuffled, and an ordering question never starts in its
    /// correct order.
    public static func choiceOrder(for question: Question, using generator: inout SeededGenerator) -> [String] {
        let ids = question.choices.map(\.id.value)
        switch question.kind {
        case .trueFalse:
            return ["true", "false"].filter(ids.contains)
        case .ordering:
            let order = generator.shuffled(ids)
            return order == ids && ids.count > 1 ? Array(ids.dropFirst()) + [ids[0]] : order
        case .single, .scenario, .multiple:
            return generator.shuffled(ids)
        }
    }
}
