import Foundation

#if canImport(Glibc)
@preconcurrency import Glibc
#endif

/// The columns of the terminal on standard output, if it is one.
func terminalColumns() -> Int? {
    var size = winsize()
    guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
    return Int(size.ws_col)
}

/// The rows of the terminal on standard output, if it is one.
func terminalRows() -> Int? {
    var size = winsize()
    guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_row > 0 else { return nil }
    return Int(size.ws_row)
}

/// Set from the SIGINT handler; read after a read from the keyboard returns.
nonisolated(unsafe) private var interruptFlag: sig_atomic_t = 0

/// Ctrl-C at a keyboard: the handler only notes it, so the read in progress returns (EINTR) and
/// the shell abandons the current input or step instead of ending.
enum InterruptSignal {
    static func install() {
        var action = sigaction()
        // glibc's name for the handler field (Darwin's is `__sigaction_u.__sa_handler`); the
        // package is built and tested on Linux only (see Package.swift).
        action.__sigaction_handler.sa_handler = { _ in interruptFlag = 1 }
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0  // no SA_RESTART: the blocked read returns with EINTR
        sigaction(SIGINT, &action, nil)
        // A parent (a multiplexer, a script) may have left SIGINT blocked; Ctrl-C must work.
        var unblock = sigset_t()
        sigemptyset(&unblock)
        sigaddset(&unblock, SIGINT)
        sigprocmask(SIG_UNBLOCK, &unblock, nil)
    }

    static func reset() { interruptFlag = 0 }

    /// Whether Ctrl-C came since the last reset; clears it.
    static func take() -> Bool {
        defer { interruptFlag = 0 }
        return interruptFlag != 0
    }
}

/// What Tab offers for the line before the cursor (``CompletionModel/complete(_:in:)``).
typealias CompletionProvider = (String) -> CompletionModel.Completion

/// What the learner typed.
enum InputEvent: Equatable {
    case line(String)
    /// Ctrl-C: abandon the current input or step.
    case interrupt
    /// Ctrl-D, or the end of piped input.
    case end
}

/// The shell's view of the terminal. Live implementations use libedit on a terminal and plain
/// line reading on a pipe; tests use ``ScriptedTerminal``.
protocol Terminal: AnyObject {
    /// Reads one line. `prompt` is shown only when a person is typing at a terminal.
    func readLine(prompt: String, addToHistory: Bool) -> InputEvent
    func write(_ text: String)
    /// Columns available for text.
    var width: Int { get }
    /// Whether a person is typing at a terminal (prompts, editing, colour allowed).
    var isInteractive: Bool { get }
    /// Rows of the window, when output goes to a window a person reads; nil when it goes to a
    /// pipe or a file, which is never paged.
    var height: Int? { get }
    /// Reads one key for the pager: `.line(" ")` for Space, `.line("")` for Enter, `.line("q")`
    /// for q; `.interrupt` for Ctrl-C and `.end` for Ctrl-D. The key is not echoed; the line the
    /// more-line stands on is ended, so what follows begins on a row of its own.
    func readKey() -> InputEvent
    /// What Tab completion offers from now on: the provider is asked with the line before the
    /// cursor each time Tab is pressed.
    func setCompletions(_ provider: @escaping CompletionProvider)
    /// Saves the command history, if this terminal keeps one.
    func saveHistory()
    /// Keeps the command history in `file` from now on: saves the history so far to the previous
    /// file, then recalls only what `file` holds.
    func useHistory(_ file: URL)
}

extension Terminal {
    var height: Int? { nil }

    /// A key as a line: terminals that cannot read single keys take a typed line, ended by the
    /// learner's own Enter.
    func readKey() -> InputEvent {
        switch readLine(prompt: "", addToHistory: false) {
        case .line(let text): return .line(text.trimmingSpacesAndTabs().isEmpty && !text.isEmpty ? " " : text.lowercased())
        case let other: return other
        }
    }

    /// The longest line the command history keeps: a longer one is a paste gone wrong, not a
    /// command worth recalling, and would fill the history file.
    static var longestHistoryLine: Int { 500 }

    /// Whether a typed line goes into the command history: not blank, not longer than
    /// ``longestHistoryLine``.
    func keepsInHistory(_ line: String) -> Bool {
        line.utf8.count <= Self.longestHistoryLine * 4 && line.count <= Self.longestHistoryLine
            && !line.trimmingSpacesAndTabs().isEmpty
    }

    /// Writes text and a line end; a line wider than the window is broken between words.
    func line(_ text: String = "") {
        let wrapper = TextWrapper(width: max(20, width))
        var output = ""
        for piece in text.split(separator: "\n", omittingEmptySubsequences: false) {
            for fitted in wrapper.fit(String(piece)) { output += fitted + "\n" }
        }
        write(output)
    }
}
