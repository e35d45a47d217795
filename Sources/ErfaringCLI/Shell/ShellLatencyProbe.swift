import ErfaringKit
import Foundation

/// Measures how long the shell takes from a typed command to its rendered output, for the
/// benchmark in `Benchmarks/`. The shell runs on a terminal that only times and discards.
public enum ShellLatencyProbe {
    /// Runs the script once and returns, per command, the seconds from receiving the line until the
    /// shell asked for the next one.
    public static func measure(curriculum: Curriculum, store: ProgressStore, script: [String]) throws -> [(String, Double)] {
        let terminal = TimingTerminal(script)
        let shell = Shell(curriculum: curriculum, store: store, terminal: terminal, environment: .live,
                          style: Style(color: false, plain: false, width: 80), dataFolder: "")
        _ = try shell.run()
        return terminal.timings
    }
}

/// Feeds a script and times each command; output is counted, not kept.
private final class TimingTerminal: Terminal {
    private var script: [String]
    private var pending: (line: String, start: UInt64)?
    private(set) var timings: [(String, Double)] = []
    private(set) var bytesWritten = 0
    let width = 80
    let isInteractive = false

    init(_ script: [String]) { self.script = script }

    func readLine(prompt: String, addToHistory: Bool) -> InputEvent {
        let now = DispatchTime.now().uptimeNanoseconds
        if let pending {
            timings.append((pending.line, Double(now - pending.start) / 1e9))
            self.pending = nil
        }
        guard !script.isEmpty else { return .end }
        let line = script.removeFirst()
        pending = (line, DispatchTime.now().uptimeNanoseconds)
        return .line(line)
    }

    func write(_ text: String) { bytesWritten += text.utf8.count }
    func setCompletions(_ provider: @escaping CompletionProvider) {}
    func saveHistory() {}
    func useHistory(_ file: URL) {}
}
