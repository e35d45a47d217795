import ArgumentParser
@testable import ErfaringCLI
import Testing

@Suite("Help texts")
struct HelpTests {
    @Test("help texts match their golden files", arguments: ["erfaring", "lint", "modules", "stats"])
    func help(_ name: String) throws {
        let command: ParsableCommand.Type = switch name {
        case "lint": Lint.self
        case "modules": Modules.self
        case "stats": Stats.self
        default: ErfaringCommand.self
        }
        let text = ErfaringCommand.helpMessage(for: command, columns: 100)
        try assertGolden(text + "\n", "help-\(name).txt")
    }
}
