import Foundation

/// The JSON export of one learner's progress: schema `erfaring-export/1`, documented in
/// `docs/export-format.md` and `docs/export.schema.json`.
public struct ProgressExport: Codable, Hashable, Sendable {
    public static let schemaName = "erfaring-export/1"

    public struct Course: Codable, Hashable, Sendable {
        public var id: String
        public var title: String
    }

    public struct Learner: Codable, Hashable, Sendable {
        /// The pseudonymous id, the same as the xAPI account name.
        public var id: String
        /// Present only when the learner chose to include it.
        public var name: String?
        public var language: String
    }

    public struct ModuleEntry: Codable, Hashable, Sendable {
        public var id: String
        public var title: String
        public var lessonsDone: Int
        public var lessonsTotal: Int
        public var attempts: Int
        public var bestScore: Double?
        /// The latest attempt's score; absent in exports written before it was added.
        public var lastScore: Double?
        public var passedAt: Date?
        public var completedAt: Date?
        public var lastActivityAt: Date?
        /// Practice conversations with an ending reached; absent when none is (and in exports
        /// written before it was added).
        public var conversations: [ConversationEntry]?
    }

    /// A practice conversation with at least one ending reached (never the path or the choices).
    public struct ConversationEntry: Codable, Hashable, Sendable {
        public var id: String
        /// Whether an ending is reached: always true in an export Erfaring writes.
        public var completed: Bool
        /// The endings reached, in the order first reached.
        public var endings: [ConversationSummary.Ending]

        public init(_ summary: ConversationSummary) {
            id = summary.conversationID
            completed = summary.isCompleted
            endings = summary.endings
        }
    }

    public struct AssignmentEntry: Codable, Hashable, Sendable {
        public var id: String
        public var cohort: String
        public var modules: [Assignment.Item]

        public init(id: String, cohort: String, modules: [Assignment.Item]) {
            self.id = id
            self.cohort = cohort
            self.modules = modules
        }
    }

    public struct ReflectionEntry: Codable, Hashable, Sendable {
        public var moduleID: String
        public var lessonID: String
        public var writtenAt: Date
        public var text: String

        public init(moduleID: String, lessonID: String, writtenAt: Date, text: String) {
            self.moduleID = moduleID
            self.lessonID = lessonID
            self.writtenAt = writtenAt
            self.text = text
        }
    }

    /// Reflections and readiness answers: only with `--include-private`.
    public struct PrivateData: Codable, Hashable, Sendable {
        public var reflections: [ReflectionEntry]
        public var readiness: [String: Int]

        public init(reflections: [ReflectionEntry], readiness: [String: Int]) {
            self.reflections = reflections
            self.readiness = readiness
        }
    }

    public var schema = ProgressExport.schemaName
    public var exportedAt: Date
    public var course: Course
    public var learner: Learner
    public var modules: [ModuleEntry]
    public var dueReviews: Int
    public var assignments: [AssignmentEntry]
    public var `private`: PrivateData?
    /// The answers of each module's first finished attempt, for the facilitator's item analysis;
    /// absent in exports written before it was added.
    public var quizAnswers: QuizAnswers?

    public init(curriculum: Curriculum, profile: Profile, events: [LearningEvent], assignments: [Assignment],
                dueReviews: Int, includeName: Bool, privateData: PrivateData?, at date: Date) {
        self.init(curriculum: curriculum, profile: profile,
                  summaries: ProgressReplay.summaries(curriculum: curriculum, events: events), assignments: assignments,
                  dueReviews: dueReviews, includeName: includeName, privateData: privateData,
                  firstAttempts: FirstAttempt.replay(curriculum: curriculum, events: events), at: date)
    }

    /// An export from module summaries already made (``ProgressStore/moduleSummaries(profile:curriculum:)``
    /// reads them from the derived tables), with the first attempts' answers
    /// (``ProgressStore/firstAttempts(profile:curriculum:)``), if given.
    public init(curriculum: Curriculum, profile: Profile, summaries: [ModuleSummary], assignments: [Assignment],
                dueReviews: Int, includeName: Bool, privateData: PrivateData?, firstAttempts: [FirstAttempt]? = nil,
                at date: Date) {
        exportedAt = date
        let language = profile.language
        course = Course(id: curriculum.course.id.value, title: curriculum.course.title[language])
        learner = Learner(id: profile.id, name: includeName ? profile.name : nil, language: language.rawValue)
        modules = summaries.map { summary in
            ModuleEntry(id: summary.moduleID, title: curriculum.module(summary.moduleID)?.title[language] ?? summary.moduleID,
                        lessonsDone: summary.lessonsDone, lessonsTotal: summary.lessonsTotal, attempts: summary.attempts,
                        bestScore: summary.bestScore, lastScore: summary.lastScore, passedAt: summary.passedAt,
                        completedAt: summary.completedAt,
                        lastActivityAt: summary.lastActivityAt,
                        conversations: summary.conversations.isEmpty ? nil : summary.conversations.map(ConversationEntry.init))
        }
        self.dueReviews = dueReviews
        self.assignments = assignments.map { AssignmentEntry(id: $0.id, cohort: $0.cohort, modules: $0.items) }
        self.private = privateData
        quizAnswers = firstAttempts.map { QuizAnswers(firstAttempts: $0) }
    }

    /// What makes an export unfit to report on: control characters that could rewrite a
    /// facilitator's terminal, an id that is not a UUID, numbers out of range. Empty when fine.
    public func problems() -> [String] {
        var problems: [String] = []
        let texts = [learner.id, learner.name ?? "", course.id, course.title] + modules.flatMap { module in
            [module.id, module.title] + (module.conversations ?? []).flatMap { [$0.id] + $0.endings.map(\.id) }
        }
        if texts.contains(where: { TextChecks.forbiddenCharacter(in: $0) != nil }) {
            problems.append("it contains control characters")
        }
        if UUID(uuidString: learner.id) == nil { problems.append("'learner.id' is not a UUID") }
        for module in modules {
            for (name, score) in [("bestScore", module.bestScore), ("lastScore", module.lastScore)] {
                if let score, !(0...1).contains(score) {
                    problems.append("'\(name)' of '\(module.id)' is \(score); it must be between 0 and 1")
                }
            }
            if module.lessonsDone < 0 || module.lessonsTotal < 0 || module.attempts < 0 || module.lessonsDone > module.lessonsTotal {
                problems.append("the counts of '\(module.id)' are impossible")
            }
        }
        return problems
    }

    /// The module summaries the cohort report uses.
    public var summaries: [ModuleSummary] {
        modules.map { ModuleSummary(moduleID: $0.id, lessonsDone: $0.lessonsDone, lessonsTotal: $0.lessonsTotal,
                                    attempts: $0.attempts, bestScore: $0.bestScore, lastScore: $0.lastScore,
                                    passedAt: $0.passedAt,
                                    completedAt: $0.completedAt, lastActivityAt: $0.lastActivityAt,
                                    conversations: ($0.conversations ?? []).map {
                                        ConversationSummary(conversationID: $0.id, endings: $0.endings)
                                    }.filter(\.isCompleted)) }
    }

    public static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var container = encoder.singleValueContainer()
            try container.encode(XAPIExporter.timestamp(date))
        }
        return encoder
    }()

    public static let decoder: JSONDecoder = {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .custom { decoder in
            let text = try decoder.singleValueContainer().decode(String.self)
            guard let date = parseTimestamp(text) else {
                throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath,
                                                        debugDescription: "not an ISO 8601 time: '\(text)'"))
            }
            return date
        }
        return decoder
    }()

    /// Reads `2026-11-22T23:00:00.000Z` (fractional seconds optional, `Z` or `+00:00`).
    public static func parseTimestamp(_ text: String) -> Date? {
        // The forms Erfaring writes are read directly: a formatter costs more to make than a
        // whole export costs to decode, and a report reads thousands of times.
        if let date = parseUTCTimestamp(text) { return date }
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        if let date = formatter.date(from: text) { return date }
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.date(from: text)
    }

    /// `YYYY-MM-DDTHH:MM:SS[.f…](Z|+00:00)`, or nil for anything else (then the formatter decides).
    static func parseUTCTimestamp(_ text: String) -> Date? {
        let bytes = Array(text.utf8)
        guard bytes.count >= 20, bytes.count <= 40 else { return nil }
        func number(_ from: Int, _ count: Int) -> Int? {
            var value = 0
            for byte in bytes[from..<from + count] {
                guard byte >= 0x30 && byte <= 0x39 else { return nil }
                value = value * 10 + Int(byte - 0x30)
            }
            return value
        }
        guard bytes[4] == 0x2D, bytes[7] == 0x2D, bytes[10] == 0x54, bytes[13] == 0x3A, bytes[16] == 0x3A,
              let year = number(0, 4), let month = number(5, 2), let day = number(8, 2),
              let hour = number(11, 2), let minute = number(14, 2), let second = number(17, 2),
              (1...12).contains(month), day >= 1, hour < 24, minute < 60, second < 60,
              AssignmentFile.isDate(String(decoding: bytes[0..<10], as: UTF8.self)) else { return nil }
        var index = 19
        var fraction = 0.0
        if bytes[index] == 0x2E {
            index += 1
            var digits = 0, scale = 1.0
            let start = index
            while index < bytes.count, bytes[index] >= 0x30, bytes[index] <= 0x39, index - start < 9 {
                digits = digits * 10 + Int(bytes[index] - 0x30)
                scale *= 10
                index += 1
            }
            guard index > start else { return nil }
            fraction = Double(digits) / scale
        }
        let zone = String(decoding: bytes[index...], as: UTF8.self)
        guard zone == "Z" || zone == "+00:00" else { return nil }
        // Days since 1970-01-01 in the proleptic Gregorian calendar (Howard Hinnant's days_from_civil).
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        let days = era * 146_097 + dayOfEra - 719_468
        return Date(timeIntervalSince1970: Double(days * 86_400 + hour * 3_600 + minute * 60 + second) + fraction)
    }
}
