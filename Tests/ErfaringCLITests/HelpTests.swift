import ArgumentParser
@testable import ErfaringCLI
import Testing

@Suite("Help texts")
struct HelpTests {
    static let commands: [(String, ParsableCommand.Type)] = [
        ("erfaring", ErfaringCommand.self), ("shell", ShellCommand.self), ("lint", Lint.self), ("modules", Modules.self),
        ("stats", Stats.self), ("progress", ProgressCommand.self), ("profile-create", ProfileCommand.Create.self),
        ("export", ExportCommand.self), ("backup", BackupCommand.self), ("restore", RestoreCommand.self),
        ("sync", SyncCommand.self), ("summary", SummaryCommand.self),
        ("assignment-import", AssignmentCommand.Import.self), ("facilitator-assign", FacilitatorCommand.Assign.self),
        ("facilitator-report", FacilitatorCommand.Report.self), ("facilitator-items", FacilitatorCommand.Items.self),
    ]

    @Test("help texts match their golden files", arguments: commands.map(\.0))
    func help(_ name: String) throws {
        let command = try #require(Self.commands.first { $0.0 == name }?.1)
        let text = ErfaringCommand.helpMessage(for: command, columns: 100)
        try assertGolden(text + "\n", "help-\(name).txt")
    }
}
