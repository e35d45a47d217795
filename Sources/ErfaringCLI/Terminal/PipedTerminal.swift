import Foundation

#if canImport(Glibc)
@preconcurrency import Glibc
#endif

/// Standard input and output one line at a time. Without a terminal there are no prompts, so a
/// script's output holds only what the shell says; at a terminal where line editing cannot run
/// (no UTF-8 locale on the machine), the prompts are shown.
final class PipedTerminal: Terminal {
    private let fixedWidth: Int
    let isInteractive: Bool

    init(width: Int = 80, interactive: Bool = false) {
        self.fixedWidth = width
        self.isInteractive = interactive
        if interactive { InterruptSignal.install() }
    }

    var width: Int {
        isInteractive ? terminalColumns() ?? fixedWidth : fixedWidth
    }

    /// At a terminal, its rows (the pager then reads a typed line: Enter, or q and Enter); on a
    /// pipe, nil: piped output is never paged.
    var height: Int? { isInteractive ? terminalRows() : nil }

    func readLine(prompt: String, addToHistory: Bool) -> InputEvent {
        if isInteractive { write(prompt) }
        InterruptSignal.reset()
        guard let line = Swift.readLine(strippingNewline: true) else {
            if isInteractive && InterruptSignal.take() {
                write("\n")
                return .interrupt
            }
            return .end
        }
        // A hint copied from the screen may carry no-break spaces; they mean spaces here.
        let text = line.hasSuffix("\r") ? String(line.dropLast()) : line
        return .line(text.replacingOccurrences(of: "\u{00A0}", with: " "))
    }

    func write(_ text: String) {
        RawOutput.write(text)
    }

    func setCompletions(_ provider: @escaping CompletionProvider) {}
    func saveHistory() {}
    func useHistory(_ file: URL) {}
}
