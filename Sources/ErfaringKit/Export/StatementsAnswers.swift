import Foundation

/// Rebuilds each learner's first finished attempts from xAPI statements read back from a Learning
/// Record Store, by the same rules as ``FirstAttempt/replay(curriculum:events:)``, so the item
/// analysis is the same from files or an LRS.
public enum StatementsAnswers {
    /// Learner id → the first finished attempt of each module, in course order. An attempt is the
    /// statements sharing one `context.registration`: its `passed` or `failed` statement finishes
    /// it, its `answered` statements (not those of spaced review) carry the chosen choice ids in
    /// `result.response` (`[,]` between them) and whether the answer was right in `result.success`.
    /// The earliest finished counts; on the same timestamp, the one whose `attempted` statement is
    /// earlier, then the smaller registration. Answers come in time order (two given in the same
    /// millisecond in either order, which no figure depends on).
    public static func firstAttempts(_ statements: [XAPIStatement], curriculum: Curriculum,
                                     activityBase: String) -> [(id: String, attempts: [FirstAttempt])] {
        let prefix = StatementsProgress.activityPrefix(curriculum: curriculum, activityBase: activityBase)
        var byLearner: [String: [XAPIStatement]] = [:]
        for statement in statements where StatementsProgress.isOurs(statement, prefix: prefix) {
            byLearner[statement.actor.account.name, default: []].append(statement)
        }
        return byLearner.keys.sorted().map { learner in
            var started: [String: Date] = [:]
            var finished: [String: (module: String, at: Date)] = [:]
            var answers: [String: [(at: Date, answer: FirstAttempt.Answer)]] = [:]
            for statement in byLearner[learner] ?? [] {
                let path = statement.object.id.dropFirst(prefix.count).split(separator: "/").map(String.init)
                guard let moduleID = path.first, curriculum.module(moduleID) != nil,
                      let registration = statement.context?.registration,
                      let time = ProgressExport.parseTimestamp(statement.timestamp) else { continue }
                let verb = statement.verb.id.replacingOccurrences(of: XAPIExporter.verbBase, with: "")
                switch (verb, path.count) {
                case ("attempted", 2) where path[1] == "quiz":
                    started[registration] = min(started[registration] ?? time, time)
                case ("passed", 2), ("failed", 2):
                    guard path[1] == "quiz" else { continue }
                    finished[registration] = (moduleID, min(finished[registration]?.at ?? time, time))
                case ("answered", 3) where path[1] == "question":
                    guard statement.context?.extensions?[XAPIExporter.reviewExtension] == nil,
                          curriculum.question(path[2], in: moduleID) != nil else { continue }
                    let response = statement.result?.response.map { text in
                        text.isEmpty ? [] : text.components(separatedBy: "[,]")
                    } ?? []
                    answers[registration, default: []].append(
                        (time, .init(questionID: path[2], response: response, correct: statement.result?.success == true)))
                default:
                    continue
                }
            }
            var first: [String: (registration: String, at: Date)] = [:]
            for (registration, end) in finished {
                if let current = first[end.module] {
                    let key = (end.at, started[registration] ?? .distantFuture, registration)
                    let currentKey = (current.at, started[current.registration] ?? .distantFuture, current.registration)
                    guard key < currentKey else { continue }
                }
                first[end.module] = (registration, end.at)
            }
            let attempts = curriculum.modules.compactMap { module -> FirstAttempt? in
                guard let chosen = first[module.id.value] else { return nil }
                var seen = Set<String>()
                let given = (answers[chosen.registration] ?? []).sorted { $0.at < $1.at }
                    .filter { seen.insert($0.answer.questionID).inserted }.map(\.answer)
                return FirstAttempt(moduleID: module.id.value, attemptID: chosen.registration, finishedAt: chosen.at,
                                    answers: given)
            }
            return (learner, attempts)
        }
    }
}
