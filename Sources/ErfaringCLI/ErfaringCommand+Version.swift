import ErfaringKit
import Foundation

extension ErfaringCommand {
    /// `erfaring --version`: the program's version, then the curriculum it would open and that
    /// curriculum's own version from `course.yaml` (or why there is none) and the folder it is in.
    static func versionText(_ context: CommandContext) -> String {
        var lines = ["erfaring \(version)"]
        do {
            let (root, curriculum) = try CurriculumOptions.parse([]).loadWithRoot(context)
            let course = curriculum.course
            let shown = course.version.map { "version '\(TextChecks.terminalSafe($0.value))'" }
                ?? "no version in course.yaml"
            lines.append("curriculum '\(TextChecks.terminalSafe(course.id.value))': \(shown), "
                + "in '\(TextChecks.terminalSafe(root.path))'")
        } catch {
            lines.append("curriculum: none opened (\(error))")
        }
        return lines.joined(separator: "\n")
    }
}
