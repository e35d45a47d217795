import Foundation

/// The shell's own pager: output taller than the window stops one row short of the bottom with a
/// more-line; Space or Enter shows the next window, `q` (or Ctrl-C, Ctrl-D) drops the rest of that
/// output. The more-line is an ordinary line of text, left where it is: nothing is redrawn and the
/// cursor is never moved, so a screen reader reads it like any other line.
///
/// Rows are counted from the learner's last input, a line wider than the window as the rows it
/// wraps to. Output to a pipe or a file (a terminal with no ``Terminal/height``) is never paged.
final class Pager: Terminal {
    private let base: Terminal
    /// The more-line, in the learner's language; plain text, no colour.
    var moreLine: () -> String = { "-- more (Space/Enter, q to stop) --" }
    /// Rows filled since the learner last typed something.
    private var rows = 0
    /// Columns already used on the row being written.
    private var column = 0
    /// Whether the learner stopped this output; the rest is dropped until the next input.
    private var stopped = false

    init(_ base: Terminal) { self.base = base }

    var width: Int { base.width }
    var height: Int? { base.height }
    var isInteractive: Bool { base.isInteractive }

    /// The rows a page may fill: the window less the row for the more-line or the prompt. Nil
    /// when this output is not paged.
    private var pageRows: Int? {
        guard base.isInteractive, let height = base.height, height >= 3 else { return nil }
        return height - 1
    }

    func write(_ text: String) {
        guard !stopped else { return }
        guard let pageRows else {
            base.write(text)
            return
        }
        let columns = max(1, base.width)
        var pending = ""
        var rest = Substring(text)
        while !rest.isEmpty {
            guard let end = rest.firstIndex(of: "\n") else {
                column += Self.visibleWidth(rest)
                pending += rest
                break
            }
            let row = rest[...end]
            let used = column + Self.visibleWidth(rest[..<end])
            let needed = max(1, (used + columns - 1) / columns)
            if rows > 0 && rows + needed > pageRows && column == 0 {
                base.write(pending)
                pending = ""
                guard askForMore() else { return }
            }
            pending += row
            rows += needed
            column = 0
            rest = rest[rest.index(after: end)...]
        }
        base.write(pending)
    }

    /// Shows the more-line and waits for a key. Returns false when the learner stops.
    private func askForMore() -> Bool {
        base.write(moreLine())
        while true {
            switch base.readKey() {
            case .line(let key) where key == " " || key.isEmpty:
                rows = 1
                return true
            case .line(let key) where key.lowercased() != "q":
                // Any other key is ignored: nothing written, so no unread row scrolls away.
                continue
            case .line, .interrupt, .end:
                stopped = true
                return false
            }
        }
    }

    /// A new page begins with what the learner types next.
    private func startOver() {
        rows = 0
        column = 0
        stopped = false
    }

    func readLine(prompt: String, addToHistory: Bool) -> InputEvent {
        startOver()
        return base.readLine(prompt: prompt, addToHistory: addToHistory)
    }

    func readKey() -> InputEvent {
        startOver()
        return base.readKey()
    }

    func setCompletions(_ provider: @escaping CompletionProvider) { base.setCompletions(provider) }
    func saveHistory() { base.saveHistory() }
    func useHistory(_ file: URL) { base.useHistory(file) }

    /// Display columns of text, colour codes (`ESC [ … letter`) not counted.
    static func visibleWidth<S: StringProtocol>(_ text: S) -> Int {
        guard text.contains("\u{1B}") else { return TextWrapper.displayWidth(text) }
        var visible = ""
        var inEscape = false
        for scalar in text.unicodeScalars {
            if inEscape {
                if (0x40...0x7E).contains(scalar.value) && scalar != "[" { inEscape = false }
            } else if scalar == "\u{1B}" {
                inEscape = true
            } else {
                visible.unicodeScalars.append(scalar)
            }
        }
        return TextWrapper.displayWidth(visible)
    }
}
