import Foundation

/// Turns a learner's events into xAPI 1.0.3 statements.
///
/// The actor is an `account` whose name is the profile's pseudonymous id (never a name or e-mail).
/// Statement ids are name-based UUIDs of the profile and event, so sending twice is idempotent.
/// Reflections and readiness answers never become statements.
public struct XAPIExporter: Sendable {
    public static let verbBase = "http://adlnet.gov/expapi/verbs/"
    public static let activityTypeBase = "http://adlnet.gov/expapi/activities/"
    public static let progressExtension = "https://w3id.org/xapi/cmi5/result/extensions/progress"
    public static let reviewExtension = "https://w3id.org/erfaring/extensions/spaced-review"
    public static let blockExtension = "https://w3id.org/erfaring/extensions/block"
    /// The kind of a conversation ending reached: `skill`, `mixed` or `mistake`.
    public static let endingKindExtension = "https://w3id.org/erfaring/extensions/ending-kind"

    public var curriculum: Curriculum
    /// The IRI under which activities are named: `<base>/<course>/<module>/…`.
    public var activityBase: String
    /// The `homePage` of the learners' accounts.
    public var accountHomePage: String

    public init(curriculum: Curriculum, activityBase: String = "https://erfaring.no/xapi",
                accountHomePage: String = "https://erfaring.no/learners") {
        self.curriculum = curriculum
        self.activityBase = activityBase
        self.accountHomePage = accountHomePage
    }

    public func statements(profile: Profile, events: [LearningEvent]) -> [XAPIStatement] {
        var statements: [XAPIStatement] = []
        var lessonsDone: [String: Set<String>] = [:]
        var passed: Set<String> = []
        var completed: Set<String> = []
        var endingsSeen: Set<[String]> = []
        var endingsReached: [String: [String: Set<String>]] = [:]
        let actor = XAPIStatement.Actor(account: .init(homePage: accountHomePage, name: profile.id))
        // The language in force when each event happened, so a statement never changes later.
        var language = events.first { $0.kind == .profileCreated }?.payload.language ?? profile.language.rawValue
        for event in events {
            if event.kind == .languageChanged, let changed = event.payload.language { language = changed }
            guard ProgressReplay.isReported(event, in: curriculum) else { continue }
            guard let moduleID = event.moduleID, let module = curriculum.module(moduleID) else { continue }
            func statement(_ verb: String, _ object: XAPIStatement.Activity, suffix: String = "",
                           result: XAPIStatement.Result? = nil, registration: String? = nil,
                           parent: Bool = true, extensions: [String: JSONValue]? = nil) -> XAPIStatement {
                XAPIStatement(
                    id: NameBasedUUID.make(namespace: NameBasedUUID.statements,
                                           name: "\(profile.id)/\(event.id)\(suffix)").uuidString.lowercased(),
                    actor: actor,
                    verb: .init(id: Self.verbBase + verb, display: ["en-US": verb]),
                    object: object, result: result,
                    context: .init(registration: registration,
                                   contextActivities: .init(parent: parent ? [activity(module)] : nil,
                                                            grouping: [courseActivity()]),
                                   language: language, extensions: extensions),
                    timestamp: Self.timestamp(event.occurredAt))
            }
            switch event.kind {
            case .blockViewed:
                guard let lesson = event.payload.lessonID.flatMap(module.lesson) else { continue }
                statements.append(statement("experienced", activity(lesson, in: module),
                                            extensions: [Self.blockExtension: .string(event.itemID ?? "")]))
            case .lessonCompleted:
                guard let lesson = event.itemID.flatMap(module.lesson) else { continue }
                lessonsDone[moduleID, default: []].insert(lesson.id.value)
                statements.append(statement("completed", activity(lesson, in: module),
                                            result: .init(completion: true)))
                let progress = Double(lessonsDone[moduleID]?.count ?? 0) / Double(max(1, module.lessons.count))
                statements.append(statement("progressed", activity(module), suffix: "/progress",
                                            result: .init(completion: false,
                                                          extensions: [Self.progressExtension: .number((progress * 100).rounded())]),
                                            parent: false))
            case .quizStarted:
                statements.append(statement("attempted", quizActivity(module), registration: event.payload.attemptID))
            case .questionAnswered, .cardReviewed:
                guard let question = curriculum.question(event.itemID, in: moduleID) else { continue }
                let review = event.kind == .cardReviewed
                statements.append(statement(
                    "answered", questionActivity(question, in: module),
                    result: .init(success: event.payload.correct, response: event.payload.response?.joined(separator: "[,]"),
                                  duration: event.payload.seconds.map(Self.duration)),
                    registration: review ? nil : event.payload.attemptID,
                    extensions: review ? [Self.reviewExtension: .bool(true)] : nil))
            case .quizFinished:
                let total = Double(event.payload.total ?? 0)
                let correct = Double(event.payload.correctCount ?? 0)
                let didPass = event.payload.passed == true
                statements.append(statement(
                    didPass ? "passed" : "failed", quizActivity(module),
                    result: .init(score: .init(scaled: event.payload.score ?? 0, raw: correct, min: 0, max: total),
                                  success: didPass, completion: true,
                                  duration: event.payload.seconds.map(Self.duration)),
                    registration: event.payload.attemptID))
                if didPass { passed.insert(moduleID) }
            case .conversationEnded:
                // Each ending once, when first reached: replays send nothing new.
                guard ProgressReplay.isFirstReaching(event, seen: &endingsSeen),
                      let conversation = event.payload.conversationID.flatMap({ curriculum.conversation($0, in: moduleID) }),
                      let endingID = event.payload.endingID,
                      let kind = ConversationSummary.kind(of: endingID, in: conversation) else { continue }
                endingsReached[moduleID, default: [:]][conversation.id.value, default: []].insert(endingID)
                statements.append(statement("completed", conversationActivity(conversation, in: module),
                                            result: .init(completion: true, response: endingID,
                                                          extensions: [Self.endingKindExtension: .string(kind.rawValue)])))
            case .profileCreated, .languageChanged, .assignmentImported, .reflectionSaved, .readinessAnswered,
                 .conversationStarted, .conversationChoice:
                continue
            }
            if !completed.contains(moduleID), passed.contains(moduleID),
               lessonsDone[moduleID]?.count == module.lessons.count,
               ModuleStates.practicePending(curriculum.conversations(for: moduleID),
                                            reached: endingsReached[moduleID] ?? [:]).isEmpty {
                completed.insert(moduleID)
                statements.append(statement("completed", activity(module), suffix: "/module-completed",
                                            result: .init(success: true, completion: true), parent: false))
            }
        }
        return statements
    }

    // MARK: Activities

    func courseActivity() -> XAPIStatement.Activity {
        let course = curriculum.course
        return .init(id: "\(activityBase)/\(course.id.value)",
                     definition: .init(name: names(course.title), type: Self.activityTypeBase + "course"))
    }

    func activity(_ module: Module) -> XAPIStatement.Activity {
        .init(id: "\(activityBase)/\(curriculum.course.id.value)/\(module.id.value)",
              definition: .init(name: names(module.title), type: Self.activityTypeBase + "module"))
    }

    func activity(_ lesson: Lesson, in module: Module) -> XAPIStatement.Activity {
        .init(id: "\(activityBase)/\(curriculum.course.id.value)/\(module.id.value)/lesson/\(lesson.id.value)",
              definition: .init(name: names(lesson.title), type: Self.activityTypeBase + "lesson"))
    }

    func quizActivity(_ module: Module) -> XAPIStatement.Activity {
        .init(id: "\(activityBase)/\(curriculum.course.id.value)/\(module.id.value)/quiz",
              definition: .init(name: ["nb": "Quiz: " + module.title.nb, "en": "Quiz: " + module.title.en],
                                type: Self.activityTypeBase + "assessment"))
    }

    func conversationActivity(_ conversation: Conversation, in module: Module) -> XAPIStatement.Activity {
        .init(id: "\(activityBase)/\(curriculum.course.id.value)/\(module.id.value)/conversation/\(conversation.id.value)",
              definition: .init(name: names(conversation.title), type: Self.activityTypeBase + "simulation"))
    }

    func questionActivity(_ question: Question, in module: Module) -> XAPIStatement.Activity {
        // The xAPI interaction type, and whether the definition lists the choices (a true/false
        // interaction has none: its response is 'true' or 'false').
        let interaction: String
        let listsChoices: Bool
        switch question.kind {
        case .ordering: (interaction, listsChoices) = ("sequencing", true)
        case .trueFalse: (interaction, listsChoices) = ("true-false", false)
        case .single, .multiple, .scenario: (interaction, listsChoices) = ("choice", true)
        }
        let choices = !listsChoices ? nil : question.choices.map { choice in
            XAPIStatement.InteractionComponent(id: choice.id.value, description: choice.text.map(names) ?? [:])
        }
        return .init(
            id: "\(activityBase)/\(curriculum.course.id.value)/\(module.id.value)/question/\(question.id.value)",
            definition: .init(name: names(question.prompt), type: Self.activityTypeBase + "cmi.interaction",
                              interactionType: interaction,
                              correctResponsesPattern: [question.correctChoiceIDs.joined(separator: "[,]")],
                              choices: choices))
    }

    func names(_ text: LocalizedText) -> [String: String] {
        ["nb": Prose.flattened(text.nb), "en": Prose.flattened(text.en)]
    }

    // MARK: Formats

    /// ISO 8601 in UTC with milliseconds: `2026-11-22T23:00:00.000Z`.
    public static func timestamp(_ date: Date) -> String {
        let milliseconds = Int64((date.timeIntervalSince1970 * 1000).rounded())
        let seconds = milliseconds / 1000
        var time = time_t(seconds)
        var parts = tm()
        gmtime_r(&time, &parts)
        return String(format: "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", Int(parts.tm_year) + 1900, Int(parts.tm_mon) + 1,
                      Int(parts.tm_mday), Int(parts.tm_hour), Int(parts.tm_min), Int(parts.tm_sec),
                      Int(milliseconds % 1000))
    }

    /// ISO 8601 duration: `PT12.5S`.
    public static func duration(_ seconds: Double) -> String {
        let rounded = (max(0, seconds) * 100).rounded() / 100
        return rounded == rounded.rounded() ? "PT\(Int(rounded))S" : String(format: "PT%.2fS", rounded)
    }
}
