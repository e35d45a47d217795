import ArgumentParser
import ErfaringKit
import Foundation

/// `erfaring progress`: the current learner's progress per module.
struct ProgressCommand: ContextCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "progress",
            abstract: CommandLanguage.text(nb: "Vis fremgangen i hver modul for profilen som er i bruk.",
                                           en: "Show the current profile's progress per module."))
    }

    @Option(help: CommandLanguage.help(nb: "Utdataformat: text eller json.", en: "Output format: text or json."))
    var format: OutputFormat = .text

    @OptionGroup var options: CurriculumOptions

    func run(_ context: CommandContext) throws {
        let now = context.now
        let state = try LearnerState.load(options, context, at: now)
        let (curriculum, store, profile, snapshot, statuses) = (state.curriculum, state.store, state.profile,
                                                                state.snapshot, state.statuses)
        let language = profile.language
        let due = ReviewSession.dueCount(snapshot, store: store, curriculum: curriculum, at: now)
        switch format {
        case .json:
            context.write(try prettyJSON(ProgressReport(profile: profile, statuses: statuses, dueReviews: due)))
        case .text:
            let strings = Strings(language: language)
            context.write(strings.progressHeader(profile.name))
            for status in statuses {
                let title = curriculum.module(status.moduleID)?.title[language] ?? status.moduleID
                context.write("\(title): \(strings.describe(status, curriculum: curriculum))")
            }
            context.write(strings.dueReviews(due))
        }
    }
}

/// The JSON shape of `erfaring progress --format json`.
struct ProgressReport: Encodable {
    struct Module: Encodable {
        var id: String
        var state: String
        var lessonsDone: Int
        var lessonsTotal: Int
        var attempts: Int
        var bestScore: Double?
        var passedAt: Date?
        var lockedBy: [String]?
    }

    var version = 1
    var profile: String
    var language: String
    var modules: [Module]
    var dueReviews: Int

    init(profile: Profile, statuses: [ModuleStatus], dueReviews: Int) {
        self.profile = profile.id
        language = profile.language.rawValue
        self.dueReviews = dueReviews
        modules = statuses.map { status in
            var lockedBy: [String]?
            let state: String
            switch status.state {
            case .locked(let missing):
                state = "locked"
                lockedBy = missing
            case .notStarted: state = "not-started"
            case .inProgress: state = "in-progress"
            case .quizPending: state = "quiz-pending"
            case .practicePending: state = "practice-pending"
            case .completed: state = "completed"
            }
            return Module(id: status.moduleID, state: state, lessonsDone: status.lessonsDone,
                          lessonsTotal: status.lessonsTotal, attempts: status.attempts, bestScore: status.bestScore,
                          passedAt: status.passedAt, lockedBy: lockedBy)
        }
    }
}
