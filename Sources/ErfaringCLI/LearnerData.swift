import ErfaringKit
import Foundation

/// The current learner's data, loaded once for the commands that export, sync or summarise it.
struct LearnerData {
    var curriculum: Curriculum
    var store: ProgressStore
    var profile: Profile
    var events: [LearningEvent]

    /// Loads the learner; their whole event log only when `events` is true (xAPI statements and
    /// sync need it; summaries come from the derived tables).
    static func load(_ options: CurriculumOptions, _ context: CommandContext, events withEvents: Bool = true) throws -> LearnerData {
        let curriculum = try options.load(context)
        let store = try context.openStore()
        let profile = try context.requireProfile(store)
        let events = withEvents ? try storeCall { () throws(StoreError) in try store.events(profile: profile.id) } : []
        return LearnerData(curriculum: curriculum, store: store, profile: profile, events: events)
    }

    func xapi(_ context: CommandContext) -> XAPIExporter {
        XAPIExporter(curriculum: curriculum,
                     activityBase: context.environment["ERFARING_XAPI_ACTIVITY_BASE"] ?? "https://erfaring.no/xapi",
                     accountHomePage: context.environment["ERFARING_XAPI_HOMEPAGE"] ?? "https://erfaring.no/learners")
    }
}

/// The current learner as of `now`: the snapshot of the derived tables and every module's state.
struct LearnerState {
    var curriculum: Curriculum
    var store: ProgressStore
    var profile: Profile
    var snapshot: ProgressSnapshot
    var statuses: [ModuleStatus]

    static func load(_ options: CurriculumOptions, _ context: CommandContext, at now: Date) throws -> LearnerState {
        let curriculum = try options.load(context)
        let store = try context.openStore()
        let profile = try context.requireProfile(store)
        let snapshot = try storeCall { () throws(StoreError) in try store.snapshot(profile: profile.id, at: now) }
        return LearnerState(curriculum: curriculum, store: store, profile: profile, snapshot: snapshot,
                            statuses: ModuleStates.compute(curriculum: curriculum, progress: snapshot.modules))
    }
}

/// Writes `text` to `--out FILE` (atomically, 0600) or to standard output.
func emit(_ text: String, out: String?, _ context: CommandContext) throws {
    guard let out else {
        // By bytes: "\r\n" (CSV) is one Character, which hasSuffix("\n") would not see.
        context.output.standardOutput(text.utf8.last == UInt8(ascii: "\n") ? text : text + "\n")
        return
    }
    do {
        try AtomicFile.write(Array(text.utf8), to: context.url(forPath: out))
    } catch {
        throw CLIError.io(error.description)
    }
}
