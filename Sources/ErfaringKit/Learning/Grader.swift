/// Grades an answer and gathers the feedback to show.
public enum Grader {
    /// The outcome of one answer.
    public struct Outcome: Hashable, Sendable {
        public var correct: Bool
        /// The feedback of each choice the learner picked (for ordering: of each item placed
        /// wrong, or all items when the order is right), in the order given.
        public var feedback: [(choiceID: String, text: LocalizedText, isCorrect: Bool)] {
            get { feedbackItems.map { ($0.choiceID, $0.text, $0.isCorrect) } }
            set { feedbackItems = newValue.map { FeedbackItem(choiceID: $0.0, text: $0.1, isCorrect: $0.2) } }
        }
        public var feedbackItems: [FeedbackItem]
        public var explanation: LocalizedText
        public var correctChoiceIDs: [String]
    }

    public struct FeedbackItem: Hashable, Sendable {
        public var choiceID: String
        public var text: LocalizedText
        public var isCorrect: Bool
        /// False for a right choice of a multiple-choice question that the learner did not pick.
        public var wasChosen = true
    }

    /// Grades `response`: choice ids for single, scenario, true/false and multiple choice
    /// (exactly the correct set is right), or every choice id in the learner's order for ordering.
    public static func grade(_ question: Question, response: [String]) -> Outcome {
        let correctIDs = question.correctChoiceIDs
        let byID = Dictionary(question.choices.map { ($0.id.value, $0) }, uniquingKeysWith: { first, _ in first })
        var items: [FeedbackItem] = []
        let correct: Bool
        switch question.kind {
        case .ordering:
            correct = response == correctIDs
            for (position, id) in response.enumerated() {
                guard let choice = byID[id] else { continue }
                let placedRight = position < correctIDs.count && correctIDs[position] == id
                if !correct && placedRight { continue }
                items.append(FeedbackItem(choiceID: id, text: choice.feedback, isCorrect: placedRight))
            }
        case .single, .scenario, .trueFalse, .multiple:
            correct = Set(response) == Set(correctIDs) && response.count == Set(response).count
            for id in response {
                guard let choice = byID[id] else { continue }
                items.append(FeedbackItem(choiceID: id, text: choice.feedback, isCorrect: choice.isCorrect))
            }
            if question.kind == .multiple && !correct {
                // Name the right choices the learner missed, with their own feedback.
                for id in correctIDs where !response.contains(id) {
                    if let choice = byID[id] {
                        items.append(FeedbackItem(choiceID: id, text: choice.feedback, isCorrect: true, wasChosen: false))
                    }
                }
            }
        }
        return Outcome(correct: correct, feedbackItems: items, explanation: question.explanation,
                       correctChoiceIDs: correctIDs)
    }
}
