import Foundation

extension ProgressExport {
    /// The answers of each module's first finished attempt: an addition to `erfaring-export/1`
    /// with a version of its own. Exports written before it have none.
    public struct QuizAnswers: Codable, Hashable, Sendable {
        /// The version of this part's format this program writes and reads.
        public static let currentVersion = 1
        public var version: Int
        public var firstAttempts: [FirstAttempt]

        public init(version: Int = QuizAnswers.currentVersion, firstAttempts: [FirstAttempt]) {
            self.version = version
            self.firstAttempts = firstAttempts
        }
    }

    /// The first problem in the first attempts' answers: too many, too long, control characters.
    func answersProblem(_ tooLong: (String, Int, String) -> String?) -> String? {
        guard let answers = quizAnswers else { return nil }
        let attempts = answers.firstAttempts
        if attempts.count > Limits.entries {
            return "it has \(attempts.count) first attempts ('quizAnswers.firstAttempts'); expected at most \(Limits.entries)"
        }
        for (index, attempt) in attempts.enumerated() {
            let path = "quizAnswers.firstAttempts[\(index)]"
            if let problem = tooLong(attempt.moduleID, Limits.id, "the module id ('\(path).moduleID')")
                ?? tooLong(attempt.attemptID, Limits.id, "the attempt id ('\(path).attemptID')") {
                return problem
            }
            if attempt.answers.count > Limits.entries {
                return "'\(path).answers' has \(attempt.answers.count) answers; expected at most \(Limits.entries)"
            }
            for (number, answer) in attempt.answers.enumerated() {
                let place = "\(path).answers[\(number)]"
                if let problem = tooLong(answer.questionID, Limits.id, "the question id ('\(place).questionID')") {
                    return problem
                }
                if answer.response.count > 100 {
                    return "'\(place).response' has \(answer.response.count) choice ids; expected at most 100"
                }
                for choice in answer.response {
                    if let problem = tooLong(choice, Limits.id, "a choice id in '\(place).response'") { return problem }
                }
                let texts = [attempt.moduleID, attempt.attemptID, answer.questionID] + answer.response
                if texts.contains(where: { TextChecks.forbiddenCharacter(in: $0) != nil }) {
                    return "'\(place)' contains control characters"
                }
            }
        }
        return nil
    }
}
