import ArgumentParser
import ErfaringKit
import Foundation

/// `erfaring restore FILE`: puts a backup back in place of the progress database.
struct RestoreCommand: ContextCommand {
    static let configuration = CommandConfiguration(
        commandName: "restore",
        abstract: "Put back a backup made with 'erfaring backup'.",
        discussion: """
            The file must be an Erfaring backup of a version this program can read. The progress \
            database it replaces is kept beside it as progress-before-restore-DATE.sqlite. \
            Leave every open shell first: restore refuses while the database is in use.
            """)

    @Argument(help: ArgumentHelp("The backup file.", valueName: "file"))
    var file: String

    func run(_ context: CommandContext) throws {
        let location = try context.dataLocation()
        do {
            try location.prepare()
        } catch {
            throw CLIError.io(error.description)
        }
        let kept = try storeCall { () throws(StoreError) in
            try ProgressStore.restore(from: context.url(forPath: file), to: location.database, at: context.now)
        }
        // Opening it checks it the way every command will.
        let store = try context.openStore()
        let profiles = try storeCall { () throws(StoreError) in try store.profiles() }
        context.write("Restored '\(TextChecks.sanitized(file))': \(profiles.count) profile\(profiles.count == 1 ? "" : "s").")
        if let kept { context.write("The database it replaced is kept as '\(TextChecks.sanitized(kept.path))'.") }
    }
}
