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
    let isInteractive: Bool
    private(set) var completions: [String] = []
    /// The lines the command history kept, as a live terminal would keep them.
    private(set) var history: [String] = []
    /// The history files the shell chose, in order (``useHistory(_:)``).
    private(set) var historyFiles: [URL] = []

    init(_ script: [String], width: Int = 72, interactive: Bool = false) {
        self.script = script
        self.width = width
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

    func write(_ text: String) { transcript += text }
    func setCompletions(_ words: [String]) { completions = words }
    func saveHistory() {}
    func useHistory(_ file: URL) { historyFiles.append(file) }
}
