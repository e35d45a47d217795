import Foundation

/// Reading a learner's export for the cohort report: bounded, and with messages that say which
/// field is wrong, in words, what was expected and what was found.
extension ProgressExport {
    /// Bounds on what the report reads, so that no file can cost unbounded time or memory.
    public enum Limits {
        /// Largest export file read, in bytes (refused before it is read).
        public static let fileSize = 8 << 20
        /// Largest assignment file read, in bytes (refused before it is read).
        public static let assignmentFileSize = 1 << 20
        /// Longest learner name, course or module title, in characters.
        public static let text = 200
        /// Longest id (learner, course, module, assignment), in characters.
        public static let id = 100
        /// Most module entries, assignments, and modules per assignment in one export.
        public static let entries = 1_000
    }

    /// Why an export cannot be reported on: one sentence, without the file's name.
    public struct ReadError: Error, CustomStringConvertible, Sendable {
        public var description: String
    }

    /// Decodes and checks an export. Throws ``ReadError`` with a worded message.
    public static func read(_ data: Data) throws(ReadError) -> ProgressExport {
        let tree: Any
        do {
            tree = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
        } catch {
            throw ReadError(description: notJSON(data, error: error))
        }
        guard let object = tree as? [String: Any] else {
            throw ReadError(description: "it is JSON, but not an Erfaring export: expected an object, found \(found(tree))")
        }
        guard let schema = object["schema"] as? String else {
            throw ReadError(description: "it is JSON, but not an Erfaring export: it has no 'schema'; "
                            + "this version reads '\(schemaName)'")
        }
        guard schema == schemaName else {
            throw ReadError(description: "it is '\(safe(schema))'; this version reads '\(schemaName)'")
        }
        let export: ProgressExport
        do {
            export = try decoder.decode(ProgressExport.self, from: data)
        } catch let DecodingError.keyNotFound(key, context) {
            let path = context.codingPath + [key]
            throw ReadError(description: "\(field(path, in: tree)) is missing; expected \(expected(path, type: nil))")
        } catch let DecodingError.typeMismatch(type, context) {
            throw mismatch(context.codingPath, type: type, in: tree)
        } catch let DecodingError.valueNotFound(type, context) {
            throw mismatch(context.codingPath, type: type, in: tree)
        } catch let DecodingError.dataCorrupted(context) {
            // Foundation reports a fraction where a whole number belongs as corrupt data without a path.
            throw mismatch(context.codingPath.isEmpty ? fractionPath(in: object) ?? [] : context.codingPath, type: nil, in: tree)
        } catch {
            throw ReadError(description: "it cannot be read: \(error)")
        }
        if let problem = export.boundsProblem() ?? export.problems().first {
            throw ReadError(description: problem)
        }
        return export
    }

    /// The first field that is too long or a list that is too long, or a repeated module, or a
    /// due date that is not a date.
    func boundsProblem() -> String? {
        func tooLong(_ text: String, _ limit: Int, _ what: String) -> String? {
            // utf8.count is cheap; only a long text needs counting in characters.
            guard text.utf8.count > limit, text.count > limit else { return nil }
            return "\(what) is \(text.count) characters long; expected at most \(limit)"
        }
        if let problem = tooLong(learner.id, Limits.id, "the learner's id ('learner.id')")
            ?? tooLong(learner.name ?? "", Limits.text, "the learner's name ('learner.name')")
            ?? tooLong(course.id, Limits.id, "the course id ('course.id')")
            ?? tooLong(course.title, Limits.text, "the course title ('course.title')") {
            return problem
        }
        for (what, count) in [("module entries ('modules')", modules.count), ("assignments ('assignments')", assignments.count)]
        where count > Limits.entries {
            return "it has \(count) \(what); expected at most \(Limits.entries)"
        }
        var seen = Set<String>()
        for (index, module) in modules.enumerated() {
            let name = "module \(index + 1)"
            if let problem = tooLong(module.id, Limits.id, "the id of \(name) ('modules[\(index)].id')")
                ?? tooLong(module.title, Limits.text, "the title of \(name) ('modules[\(index)].title')") {
                return problem
            }
            guard seen.insert(module.id).inserted else {
                let count = modules.count { $0.id == module.id }
                return "module '\(Self.safe(module.id))' appears \(count) times in 'modules'; expected once"
            }
        }
        for (index, assignment) in assignments.enumerated() {
            let name = "assignment \(index + 1)"
            if let problem = tooLong(assignment.id, Limits.id, "the id ('assignments[\(index)].id') of \(name)")
                ?? tooLong(assignment.cohort, Limits.text, "the cohort ('assignments[\(index)].cohort') of \(name)") {
                return problem
            }
            if assignment.modules.count > Limits.entries {
                return "\(name) ('assignments[\(index)]') has \(assignment.modules.count) modules; expected at most \(Limits.entries)"
            }
            for (item, entry) in assignment.modules.enumerated() {
                let path = "assignments[\(index)].modules[\(item)]"
                if let problem = tooLong(entry.moduleID, Limits.id, "the module id ('\(path).moduleID') of \(name)")
                    ?? tooLong(entry.due, Limits.id, "the due date ('\(path).due') of \(name)") {
                    return problem
                }
                if !AssignmentFile.isDate(entry.due) {
                    return "the due date ('\(path).due') of module '\(Self.safe(entry.moduleID))' in \(name) "
                        + "is '\(Self.safe(entry.due))'; expected a calendar date written YYYY-MM-DD"
                }
            }
        }
        return answersProblem(tooLong)
    }

    /// How far the learner has come, to settle a tie between two exports made at the same time:
    /// modules completed, lessons read, quiz attempts, conversation endings reached, the latest
    /// activity (seconds). More is further.
    public var progressRank: [Int] {
        [modules.count { $0.completedAt != nil }, modules.reduce(0) { $0 + $1.lessonsDone },
         modules.reduce(0) { $0 + $1.attempts },
         modules.reduce(0) { $0 + ($1.conversations ?? []).reduce(0) { $0 + $1.endings.count } },
         Int(modules.compactMap(\.lastActivityAt).max()?.timeIntervalSince1970 ?? 0)]
    }

    /// A digest of the export's content (SHA-1 of its JSON, hex), the same for equal exports.
    public var contentDigest: String {
        let bytes = (try? Self.encoder.encode(self)).map { [UInt8]($0) } ?? []
        return SHA1.hash(bytes).map { String($0, radix: 16).count == 1 ? "0" + String($0, radix: 16) : String($0, radix: 16) }
            .joined()
    }

    // MARK: Messages

    private static let words: [String: (words: String, expected: String)] = [
        "schema": ("the schema", "'\(schemaName)'"),
        "exportedAt": ("the export time", "a time such as '2026-11-22T23:00:00Z'"),
        "course": ("the course", "an object"),
        "learner": ("the learner", "an object"),
        "id": ("the id", "text"),
        "title": ("the title", "text"),
        "name": ("the name", "text"),
        "language": ("the language", "text such as 'nb'"),
        "modules": ("the modules", "a list"),
        "lessonsDone": ("the lessons done", "a whole number"),
        "lessonsTotal": ("the lessons in total", "a whole number"),
        "attempts": ("the quiz attempts", "a whole number"),
        "bestScore": ("the best score", "a number from 0 to 1"),
        "lastScore": ("the last score", "a number from 0 to 1"),
        "passedAt": ("the time the quiz was passed", "a time such as '2026-11-22T23:00:00Z'"),
        "completedAt": ("the time the module was completed", "a time such as '2026-11-22T23:00:00Z'"),
        "lastActivityAt": ("the last activity", "a time such as '2026-11-22T23:00:00Z'"),
        "dueReviews": ("the number of reviews due", "a whole number"),
        "assignments": ("the assignments", "a list"),
        "cohort": ("the cohort", "text"),
        "module": ("the module id", "text"),
        "moduleID": ("the module id", "text"),
        "due": ("the due date", "a date written YYYY-MM-DD"),
        "private": ("the private part", "an object"),
        "quizAnswers": ("the quiz answers", "an object"),
        "version": ("the version", "a whole number"),
        "firstAttempts": ("the first attempts", "a list"),
        "attemptID": ("the attempt id", "text"),
        "finishedAt": ("the time the attempt was finished", "a time such as '2026-11-22T23:00:00Z'"),
        "answers": ("the answers", "a list"),
        "questionID": ("the question id", "text"),
        "response": ("the chosen options", "a list of choice ids"),
        "correct": ("whether the answer was right", "true or false"),
        "conversations": ("the practice conversations", "a list"),
        "completed": ("whether the conversation was completed", "true or false"),
        "endings": ("the endings reached", "a list"),
        "kind": ("the kind of ending", "'skill', 'mixed' or 'mistake'"),
        "firstReachedAt": ("the time the ending was first reached", "a time such as '2026-11-22T23:00:00Z'"),
    ]

    /// `the lessons done ('lessonsDone') of module 2 ('saying-no')`, for a coding path.
    static func field(_ path: [any CodingKey], in tree: Any) -> String {
        var owners: [String] = []
        var node: Any? = tree
        var parentKey = ""
        var dotted = ""
        for key in path {
            if let index = key.intValue {
                let entry = (node as? [Any]).flatMap { $0.indices.contains(index) ? $0[index] : nil }
                let fields = entry as? [String: Any]
                let id = (fields?["id"] ?? fields?["moduleID"]) as? String
                let kind = parentKey == "modules" ? (owners.isEmpty ? "module" : "item") : parentKey == "assignments" ? "assignment" : "entry"
                owners.insert("\(kind) \(index + 1)" + (id.map { " ('\(safe(String($0.prefix(40))))')" } ?? ""), at: 0)
                dotted += "[\(index)]"
                node = entry
            } else {
                dotted += (dotted.isEmpty ? "" : ".") + key.stringValue
                parentKey = key.stringValue
                node = (node as? [String: Any])?[key.stringValue]
            }
        }
        let last = path.last { $0.intValue == nil }?.stringValue ?? ""
        let name = words[last]?.words ?? "'\(last)'"
        return "\(name) ('\(dotted)')" + owners.map { " of \($0)" }.joined()
    }

    static func expected(_ path: [any CodingKey], type: Any.Type?) -> String {
        if let last = path.last, last.intValue == nil, let entry = words[last.stringValue] { return entry.expected }
        switch type.map({ String(describing: $0) }) ?? "" {
        case "Int": return "a whole number"
        case "Double": return "a number"
        case "String": return "text"
        case let name where name.hasPrefix("Array"): return "a list"
        default: return "an object"
        }
    }

    /// The path of the first whole-number field that holds a fraction, if any.
    static func fractionPath(in object: [String: Any]) -> [any CodingKey]? {
        func isFraction(_ value: Any?) -> Bool {
            guard let number = value as? NSNumber, String(cString: number.objCType) != "c" else { return false }
            return number.doubleValue.rounded() != number.doubleValue || abs(number.doubleValue) > 9e15
        }
        if isFraction(object["dueReviews"]) { return [PathKey("dueReviews")] }
        for (index, entry) in ((object["modules"] as? [Any]) ?? []).enumerated() {
            for key in ["lessonsDone", "lessonsTotal", "attempts"] where isFraction((entry as? [String: Any])?[key]) {
                return [PathKey("modules"), PathKey(index), PathKey(key)]
            }
        }
        return nil
    }

    /// A coding key for paths this file builds itself.
    struct PathKey: CodingKey {
        var stringValue: String
        var intValue: Int?
        init(_ name: String) { stringValue = name }
        init(_ index: Int) { stringValue = String(index); intValue = index }
        init?(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { self.init(intValue) }
    }

    static func mismatch(_ path: [any CodingKey], type: Any.Type?, in tree: Any) -> ReadError {
        var node: Any? = tree
        for key in path {
            if let index = key.intValue {
                node = (node as? [Any]).flatMap { $0.indices.contains(index) ? $0[index] : nil }
            } else {
                node = (node as? [String: Any])?[key.stringValue]
            }
        }
        let subject = path.isEmpty ? "the file" : field(path, in: tree)
        return ReadError(description: "\(subject): expected \(expected(path, type: type)), found \(node.map(found) ?? "nothing")")
    }

    /// What a JSON value is, for a message: `the text 'three'`, `the number 1.5`, `null`, `a list`.
    static func found(_ value: Any) -> String {
        switch value {
        case let text as String: return "the text '\(safe(String(text.prefix(40))))'" + (text.count > 40 ? "…" : "")
        case let number as NSNumber:
            if String(cString: number.objCType) == "c" { return number.boolValue ? "true" : "false" }
            return "the number \(number)"
        case is NSNull: return "null"
        case is [Any]: return "a list"
        case is [String: Any]: return "an object"
        default: return "a value of another kind"
        }
    }

    /// A message for bytes that are not JSON, naming the place and, for NaN and Infinity, why.
    static func notJSON(_ data: Data, error: Error) -> String {
        let detail = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? ""
        guard let range = detail.range(of: #"character \d+"#, options: .regularExpression),
              let offset = Int(detail[range].dropFirst("character ".count)), offset <= data.count else {
            return "it is not JSON (\(detail.isEmpty ? "it cannot be parsed" : detail.lowercased().trimmingCharacters(in: ["."])))"
        }
        let before = data.prefix(offset)
        let line = before.count { $0 == UInt8(ascii: "\n") } + 1
        let column = before.count - (before.lastIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? 0) + 1
        let rest = data.dropFirst(offset).prefix(12)
        let token = String(decoding: rest.prefix { !" ,]}\n\r\t".utf8.contains($0) }, as: UTF8.self)
        for word in ["NaN", "Infinity", "-Infinity"] where token == word {
            return "it is not valid JSON: '\(word)' at line \(line), column \(column); JSON has no NaN or Infinity, "
                + "a number must be finite (written by a tool other than 'erfaring export'?)"
        }
        let shown = token.isEmpty ? "the end of the file" : "'\(safe(token))'"
        return "it is not JSON: unexpected \(shown) at line \(line), column \(column)"
    }

    static func safe(_ text: String) -> String { TextChecks.sanitized(text) }
}
