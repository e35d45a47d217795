import ArgumentParser
import ErfaringKit
import Foundation

/// `erfaring backup --out FILE`: a consistent copy of the whole progress database in one file.
struct BackupCommand: ContextCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup",
        abstract: "Save a copy of all progress on this machine in one file.",
        discussion: """
            The copy is consistent even while a shell is open, holds every profile, and is \
            written with mode 0600 (only you can read it). Put it back with 'erfaring restore FILE'. \
            Copy this file rather than the data folder: a copy of the folder taken while a shell \
            runs may miss answers kept in the '-wal' file.
            """)

    @Option(help: ArgumentHelp("The file to write (replaced as a whole if it exists).", valueName: "file"))
    var out: String

    func run(_ context: CommandContext) throws {
        let store = try context.openStore()
        let target = context.url(forPath: out)
        try storeCall { () throws(StoreError) in try store.backup(to: target) }
        context.write("Saved a backup of '\(TextChecks.sanitized(store.path))' in '\(TextChecks.sanitized(out))'.")
    }
}
