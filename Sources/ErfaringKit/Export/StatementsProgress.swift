import Foundation

/// Rebuilds learners' progress from xAPI statements read back from a Learning Record Store, by
/// the same rules as ``ProgressReplay``, so the cohort report is the same from files or an LRS.
public enum StatementsProgress {
    /// The start of every activity id Erfaring writes for this course: `<base>/<course>/`.
    public static func activityPrefix(curriculum: Curriculum, activityBase: String) -> String {
        "\(activityBase)/\(curriculum.course.id.value)/"  // as XAPIExporter writes them
    }

    /// Whether Erfaring could have written `statement` for this course: its object is one of the
    /// course's activities (and, having been decoded, its actor is an account). Others (other tools, other courses) are skipped.
    public static func isOurs(_ statement: XAPIStatement, prefix: String) -> Bool {
        statement.object.id.hasPrefix(prefix)
    }

    /// Module ids that statements of this course name but the curriculum does not have (a newer
    /// or older version of the course), with how many statements name each; the report leaves
    /// those statements out and says so.
    public static func unknownModules(_ statements: [XAPIStatement], curriculum: Curriculum, activityBase: String) -> [String: Int] {
        let prefix = activityPrefix(curriculum: curriculum, activityBase: activityBase)
        var unknown: [String: Int] = [:]
        for statement in statements where isOurs(statement, prefix: prefix) {
            let moduleID = statement.object.id.dropFirst(prefix.count).prefix { $0 != "/" }
            if curriculum.module(String(moduleID)) == nil { unknown[String(moduleID), default: 0] += 1 }
        }
        return unknown
    }

    public static func learners(_ statements: [XAPIStatement], curriculum: Curriculum, activityBase: String) -> [LearnerProgress] {
        let prefix = activityPrefix(curriculum: curriculum, activityBase: activityBase)
        var byLearner: [String: [XAPIStatement]] = [:]
        for statement in statements where isOurs(statement, prefix: prefix) {
            byLearner[statement.actor.account.name, default: []].append(statement)
        }
        return byLearner.map { learner, statements in
            var summaries = Dictionary(uniqueKeysWithValues: curriculum.modules.map {
                ($0.id.value, ModuleSummary(moduleID: $0.id.value, lessonsTotal: $0.lessons.count))
            })
            var lessons: [String: Set<String>] = [:]
            // The LRS returns statements in any order: the last score is the latest attempt's.
            var lastAttemptAt: [String: Date] = [:]
            var reached: [String: [(conversationID: String, endingID: String, at: Date)]] = [:]
            for statement in statements {
                let path = statement.object.id.dropFirst(prefix.count).split(separator: "/").map(String.init)
                guard let moduleID = path.first, let module = curriculum.module(moduleID),
                      var summary = summaries[moduleID],
                      let time = ProgressExport.parseTimestamp(statement.timestamp) else { continue }
                let verb = statement.verb.id.replacingOccurrences(of: XAPIExporter.verbBase, with: "")
                switch (verb, path.count) {
                case ("completed", 3) where path[1] == "lesson" && module.lesson(path[2]) != nil:
                    lessons[moduleID, default: []].insert(path[2])
                case ("completed", 3) where path[1] == "conversation":
                    // The kind is the curriculum's, as in the export; an ending the course no longer
                    // has is left out there, and is not activity either.
                    guard let endingID = statement.result?.response,
                          ConversationSummary.kind(of: endingID, conversation: path[2], module: moduleID,
                                                   in: curriculum) != nil else { continue }
                    reached[moduleID, default: []].append((path[2], endingID, time))
                case ("completed", 1):
                    summary.completedAt = min(summary.completedAt ?? time, time)
                case ("passed", _), ("failed", _):
                    summary.attempts += 1
                    if let scaled = statement.result?.score?.scaled { summary.bestScore = max(summary.bestScore ?? 0, scaled) }
                    if lastAttemptAt[moduleID].map({ $0 <= time }) ?? true {
                        lastAttemptAt[moduleID] = time
                        summary.lastScore = statement.result?.score?.scaled
                    }
                    if verb == "passed" { summary.passedAt = min(summary.passedAt ?? time, time) }
                default:
                    break
                }
                summary.lessonsDone = lessons[moduleID]?.count ?? 0
                summary.lastActivityAt = max(summary.lastActivityAt ?? time, time)
                summaries[moduleID] = summary
            }
            return LearnerProgress(id: learner, name: nil, modules: curriculum.modules.compactMap { module in
                guard var summary = summaries[module.id.value] else { return nil }
                summary.conversations = ConversationSummary.make(module: module, curriculum: curriculum,
                                                                 reached: reached[module.id.value] ?? [])
                return summary
            })
        }
    }
}
