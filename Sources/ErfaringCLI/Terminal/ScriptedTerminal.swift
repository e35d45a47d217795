import Foundation

/// A terminal for tests: input comes from a script, output is collected with each input line
/// echoed after a `> `, so a transcript reads like a session.
final class ScriptedTerminal: Terminal {
    /// Stands for Ctrl-C in a script.
    static let interruptLine = "<ctrl-c>"
    /// `<resize N>` in a script makes the window N columns wide before the next line is read.
    static func resizeLine(_ columns: Int) -> String { "<resize \(columns)>" }

    private var script: [String]
    private(set) var transcript = ""
    private(set) var width: Int
    /// Rows of the window, for the pager; nil (the default) never pages.
    var height: Int?
    let isInteractive: Bool
    private(set) var completions: [String] = []
    /// The lines the command history kept, as a live terminal would keep them.
    private(set) var history: [String] = []

    init(_ script: [String], width: Int = 72, height: Int? = nil, interactive: Bool = false) {
        self.script = script
        self.width = width
        self.height = height
        self.isInteractive = interactive
    }

    func readLine(prompt: String, addToHistory: Bool) -> InputEvent {
        while let next = script.first, next.hasPrefix("<resize "), next.hasSuffix(">"),
              let columns = Int(next.dropFirst("<resize ".count).dropLast()) {
            script.removeFirst()
            transcript += "[\(columns) columns]\n"
            width = columns
        }
        guard !script.isEmpty else {
            transcript += "> <end>\n"
            return .end
        }
        let line = script.removeFirst()
        transcript += "> \(line)\n"
        if addToHistory && line != Self.interruptLine && keepsInHistory(line) { history.append(line) }
        return line == Self.interruptLine ? .interrupt : .line(line)
    }

    /// The next script line as a key: `" "` Space, `""` Enter, `"q"`, or ``interruptLine``. The
    /// transcript shows it in brackets after the more-line.
    func readKey() -> InputEvent {
        guard !script.isEmpty else {
            transcript += "[<end>]\n"
            return .end
        }
        let key = script.removeFirst()
        transcript += "[\(key == " " ? "space" : key.isEmpty ? "enter" : key)]\n"
        return key == Self.interruptLine ? .interrupt : .line(key)
    }

    func write(_ text: String) { transcript += text }
    func setCompletions(_ words: [String]) { completions = words }
    func saveHistory() {}
    func useHistory(_ file: URL) {}
}
