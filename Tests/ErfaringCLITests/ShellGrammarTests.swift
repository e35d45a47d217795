import ArgumentParser
@testable import ErfaringCLI
import Testing

@Suite("Shell grammar")
struct ShellGrammarTests {
    /// Every command of the table but `help` (which the shell parses itself) has a subcommand in
    /// `ShellGrammar`, and the grammar has none the table lacks: a command added to
    /// `ShellCommandID` without one would fail `parseAsRoot` with an unknown-command error at
    /// run time.
    @Test func everyCommandHasItsGrammar() {
        let grammar = ShellGrammar.configuration.subcommands.map { $0.configuration.commandName ?? "" }
        let table = ShellCommandID.allCases.filter { $0 != .help }.map(\.rawValue)
        #expect(grammar.sorted() == table.sorted())
        #expect(Set(grammar).count == grammar.count)
    }
}
