import Foundation

/// A terminal for tests: input comes from a script, output is collected with each input line
/// echoed after a `> `, so a transcript reads like a session.
final class ScriptedTerminal: Terminal {
    /// Stands for Ctrl-C in a script.
    static let interruptLine = "<ctrl-c>"
    /// Stands for Ctrl-D on an empty line in a script: the end of input, read once; the script
    /// goes on after it (a real terminal's next read waits for more keys).
    static let endLine = "<ctrl-d>"
    /// `<resize N>` in a script makes the window N columns wide before the next line is read.
    static func resizeLine(_ columns: Int) -> String { "<resize \(columns)>" }
    /// `<tab TEXT>` in a script shows what Tab offers after TEXT (one candidate a line) before
    /// the next line is read, as a learner pressing Tab twice would see it.
    static func tabLine(_ text: String) -> String { "<tab \(text)>" }

    private var script: [String]
    private(set) var transcript = ""
    private(set) var width: Int
    /// Rows of the window, for the pager; nil (the default) never pages.
    var height: Int?
    let isInteractive: Bool
    private var completion: CompletionProvider?
    /// The lines the command history kept, as a live terminal would keep them.
    private(set) var history: [String] = []
    /// The history files the shell chose, in order (``useHistory(_:)``).
    private(set) var historyFiles: [URL] = []

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
        while let next = script.first, next.hasPrefix("<tab "), next.hasSuffix(">") {
            script.removeFirst()
            let typed = String(next.dropFirst("<tab ".count).dropLast())
            transcript += "> \(typed)<Tab>\n" + complete(typed).candidates.map { "  \($0)\n" }.joined()
        }
        guard !script.isEmpty else {
            transcript += "> <end>\n"
            return .end
        }
        let line = script.removeFirst()
        transcript += "> \(line)\n"
        if line == Self.endLine { return .end }
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
    func setCompletions(_ provider: @escaping CompletionProvider) { completion = provider }

    /// What Tab would offer after `line`, as the shell set it up.
    func complete(_ line: String) -> CompletionModel.Completion { completion?(line) ?? .none }
    func saveHistory() {}
    func useHistory(_ file: URL) { historyFiles.append(file) }
}
