import ArgumentParser
import ErfaringKit
import Foundation

/// `erfaring assignment import|list`: modules and due dates from a facilitator.
struct AssignmentCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "assignment",
            abstract: CommandLanguage.text(nb: "Hent inn en oppgavefil fra kurslederen din, eller vis oppgavene dine.",
                                           en: "Import an assignment file from your facilitator, or list your assignments."),
            subcommands: [Import.self, List.self])
    }

    struct Import: ContextCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                commandName: "import",
                abstract: CommandLanguage.text(nb: "Sjekk en oppgavefil mot kurset og lagre den.",
                                               en: "Check an assignment file against the course and store it."))
        }

        @Argument(help: CommandLanguage.help(nb: "Oppgavefilen (YAML).", en: "The assignment file (YAML).",
                                             valueName: (nb: "fil", en: "file")))
        var file: String

        @OptionGroup var options: CurriculumOptions

        func run(_ context: CommandContext) throws {
            let curriculum = try options.load(context)
            let data = try readBoundedInput(file, limit: ProgressExport.Limits.assignmentFileSize, what: "an assignment file", context)
            let bytes = [UInt8](data)
            let result = AssignmentFile.read(bytes, file: file, curriculum: curriculum, today: AssignmentDates.today(context.now))
            let renderer = DiagnosticRenderer(sources: [file: bytes], useColor: context.useColor)
            writeDiagnostics(result.diagnostics, omitted: result.omitted, renderer: renderer, context)
            guard let assignment = result.assignment else {
                throw CLIError.invalidContent(CommandLanguage.text(nb: "oppgavefilen har feil; ingenting ble hentet inn",
                                                                  en: "the assignment file has errors; nothing was imported"))
            }
            let store = try context.openStore()
            let profile = try context.requireProfile(store)
            try storeCall { () throws(StoreError) in try store.importAssignment(assignment, profile: profile.id, at: context.now) }
            let strings = Strings(language: profile.language)
            context.write(strings.counted(.cliImported, assignment.items.count,
                                          [.cohort: assignment.cohort, .name: profile.name]))
        }
    }

    struct List: ContextCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(abstract: CommandLanguage.text(nb: "Vis oppgavene dine og fristene.",
                                                                en: "List your assignments and due dates."))
        }

        @OptionGroup var options: CurriculumOptions

        func run(_ context: CommandContext) throws {
            let state = try LearnerState.load(options, context, at: context.now)
            let (curriculum, profile, snapshot, statuses) = (state.curriculum, state.profile, state.snapshot, state.statuses)
            let strings = Strings(language: profile.language)
            if snapshot.assignments.isEmpty { context.write(strings(.cliNoAssignments)) }
            let today = AssignmentDates.today(context.now)
            let flags = [CatalogKey.cliFlagCompleted, .cliFlagOverdue, .cliFlagOpen].map { strings($0) }
            let flagWidth = flags.map(\.count).max() ?? 0
            for assignment in snapshot.assignments {
                context.write("\(assignment.cohort) (\(assignment.id))")
                for item in assignment.items {
                    let done = statuses.first { $0.moduleID == item.moduleID }?.isCompleted ?? false
                    let flag = done ? flags[0] : item.due < today ? flags[1] : flags[2]
                    let title = curriculum.module(item.moduleID)?.title[profile.language] ?? item.moduleID
                    context.write("  \(item.due)  \(flag.padding(toLength: flagWidth, withPad: " ", startingAt: 0))  \(title)")
                }
                if let message = assignment.message, !message.isEmpty { context.write("  " + message) }
                if let contact = assignment.contact, !contact.isEmpty { context.write("  " + strings(.cliContact, [.contact: contact])) }
            }
        }
    }
}

/// How many diagnostics of one file are printed; the rest are counted.
let diagnosticsShown = 20

/// Prints the first ``diagnosticsShown`` diagnostics in file order, then how many more there are
/// (those not kept by the reader, `omitted`, included), so that a file with a hundred thousand
/// mistakes costs a screenful, not megabytes.
func writeDiagnostics(_ diagnostics: [Diagnostic], omitted: OmittedDiagnostics? = nil, renderer: DiagnosticRenderer,
                      _ context: CommandContext) {
    let sorted = diagnostics.sortedByLocation()
    for diagnostic in sorted.prefix(diagnosticsShown) { context.writeError(renderer.render(diagnostic)) }
    let rest = sorted.dropFirst(diagnosticsShown)
    let errors = rest.count { $0.severity == .error } + (omitted?.errors ?? 0)
    let warnings = rest.count { $0.severity == .warning } + (omitted?.warnings ?? 0)
    guard errors + warnings > 0 else { return }
    let parts = [errors > 0 ? "\(errors) more error\(errors == 1 ? "" : "s")" : nil,
                 warnings > 0 ? "\(warnings) more warning\(warnings == 1 ? "" : "s")" : nil].compactMap { $0 }
    context.writeError("erfaring: and \(parts.joined(separator: " and ")) (not shown; the first \(diagnosticsShown) are above)")
}
