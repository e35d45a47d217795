import Foundation

#if canImport(Glibc)
@preconcurrency import Glibc
#endif

/// Standard input and output without a terminal: one line at a time, no prompts, so a script's
/// output holds only what the shell says.
final class PipedTerminal: Terminal {
    let width: Int
    var isInteractive: Bool { false }

    init(width: Int = 80) {
        self.width = width
    }

    func readLine(prompt: String, addToHistory: Bool) -> InputEvent {
        guard let line = Swift.readLine(strippingNewline: true) else { return .end }
        return .line(line.hasSuffix("\r") ? String(line.dropLast()) : line)
    }

    func write(_ text: String) {
        RawOutput.write(text)
    }

    func setCompletions(_ words: [String]) {}
    func saveHistory() {}
    func useHistory(_ file: URL) {}
}
