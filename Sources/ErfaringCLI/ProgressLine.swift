import Foundation


/// The progress of a long sync on standard error, when it is a terminal: a bar redrawn in place,
/// with notices (waits, retries) on lines of their own above it. Off a terminal only the
/// notices are written.
final class ProgressLine: @unchecked Sendable {
    private let total: Int
    private let shown: Bool
    private var done = 0
    private var drawn = false

    private let write: @Sendable (String) -> Void
    /// "Sender" or "Sending": the run's language, taken when the bar is made (a notice may come
    /// from another thread).
    private let label = CommandLanguage.text(nb: "Sender", en: "Sending")

    init(total: Int, shown: Bool, write: @escaping @Sendable (String) -> Void) {
        self.total = total
        self.shown = shown
        self.write = write
    }

    /// Draws the bar at its current count.
    func show() {
        guard shown else { return }
        write("\r\u{1B}[2K" + bar)
        drawn = true
    }

    func update(_ done: Int) {
        self.done = done
        show()
    }

    /// A notice on its own line, the bar drawn again below it.
    func note(_ text: String) {
        if drawn { write("\r\u{1B}[2K") }
        write("erfaring: \(text)\n")
        if drawn { show() }
    }

    /// Leaves the bar's line, so what follows starts on a line of its own.
    func end() {
        guard drawn else { return }
        write("\n")
        drawn = false
    }

    private var bar: String {
        let filled = total == 0 ? 20 : done * 20 / total
        return label + " [" + String(repeating: "#", count: filled) + String(repeating: ".", count: 20 - filled) + "] \(done)/\(total)"
    }
}
