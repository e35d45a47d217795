import ErfaringKit
import Foundation

/// What `facilitator report` and `facilitator items` both read, with the same warnings: the newest
/// export per learner of this course, or this course's statements from an LRS.
extension FacilitatorCommand.Report {
    typealias Skipped = (file: String, message: String, status: ExitStatus)

    /// The newest export per learner of this course. Every file skipped or left out (another
    /// course, an older export of the same learner, a tie, modules this course does not have) is
    /// named on standard error; when no file could be read at all, nothing is written.
    static func loadExports(_ files: [String], curriculum: Curriculum, _ context: CommandContext) throws
        -> (exports: [CohortExports.Entry], skipped: [Skipped]) {
        let inputs = readExports(files, context)
        for skipped in inputs.skipped { context.writeError("erfaring: skipped: \(skipped.message)") }
        let selection = CohortExports.select(inputs.exports, curriculum: curriculum)
        let notes = [selection.otherCourse].compactMap { $0 } + selection.unknownModules
            + [selection.older].compactMap { $0 } + selection.ties
        for note in notes { context.writeError("erfaring: \(note)") }
        let newest = selection.newest
        guard !newest.isEmpty || inputs.skipped.isEmpty else {
            throw CLIError("no export could be read (\(inputs.skipped.count) skipped); nothing was written",
                           exitStatus(inputs.skipped))
        }
        return (newest, inputs.skipped)
    }

    /// The statements Erfaring wrote for this course in the LRS at `url`, and the activity base
    /// they were read under; statements of other tools, courses or modules are counted on standard error.
    static func fetchStatements(_ url: String, curriculum: Curriculum, _ context: CommandContext) throws
        -> (statements: [XAPIStatement], activityBase: String) {
        let client = try makeLRSClient(url, context)
        let fetched: LRSClient.Fetched
        do {
            fetched = try client.fetchAll()
        } catch {
            throw CLIError(lrs: error)
        }
        let base = context.environment["ERFARING_XAPI_ACTIVITY_BASE"] ?? "https://erfaring.no/xapi"
        let prefix = StatementsProgress.activityPrefix(curriculum: curriculum, activityBase: base)
        let ours = fetched.statements.filter { StatementsProgress.isOurs($0, prefix: prefix) }
        let skipped = fetched.unreadable + fetched.statements.count - ours.count
        if skipped > 0 {
            context.writeError("erfaring: skipped \(skipped) of \(fetched.unreadable + fetched.statements.count) "
                               + "statements that Erfaring did not write for this course (activity ids not under "
                               + "'\(prefix)': other tools or other courses)")
        }
        let unknown = StatementsProgress.unknownModules(ours, curriculum: curriculum, activityBase: base)
        if !unknown.isEmpty {
            let named = unknown.keys.sorted().prefix(5).map { "'\(TextChecks.sanitized(String($0.prefix(60))))'" }
            context.writeError("erfaring: warning: left out \(unknown.values.reduce(0, +)) statements about module"
                               + "\(unknown.count == 1 ? "" : "s") \(named.joined(separator: ", "))"
                               + (unknown.count > 5 ? " and \(unknown.count - 5) more" : "")
                               + ", which this course does not have (from another version of the course?)")
        }
        return (ours, base)
    }

    /// The error after a report or analysis was written without some files: 65 when a file was
    /// not a fit export, 74 when the only problem was a file that could not be read.
    static func incomplete(_ skipped: [Skipped], of files: [String], what: String) -> CLIError {
        CLIError("\(what) leaves out \(skipped.count) of \(Set(files).count) files "
                 + "(named above as skipped); it covers the other learners", exitStatus(skipped))
    }

    private static func exitStatus(_ skipped: [Skipped]) -> ExitStatus {
        skipped.contains { $0.status == .invalidContent } ? .invalidContent : .io
    }
}
