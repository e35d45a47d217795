import Foundation

#if canImport(Glibc)
@preconcurrency import Glibc
#endif

/// One key from the keyboard, for the pager: the terminal leaves line mode for that one key (no
/// echo, nothing drawn), then goes back as it was. Ctrl-C still interrupts.
enum SingleKey {
    static func read() -> InputEvent {
        var saved = termios()
        guard tcgetattr(STDIN_FILENO, &saved) == 0 else { return .end }
        var raw = saved
        raw.c_lflag &= ~tcflag_t(ICANON | ECHO)
        withUnsafeMutableBytes(of: &raw.c_cc) { cc in
            cc[Int(VMIN)] = 1
            cc[Int(VTIME)] = 0
        }
        tcsetattr(STDIN_FILENO, TCSANOW, &raw)
        defer { tcsetattr(STDIN_FILENO, TCSANOW, &saved) }
        InterruptSignal.reset()
        var byte: UInt8 = 0
        // Keys other than Space, Enter, q, Ctrl-C and Ctrl-D are ignored here, silently, so the
        // caller writes its newline only once the learner has answered.
        while true {
            let count = Glibc.read(STDIN_FILENO, &byte, 1)
            if count < 0 && errno == EINTR {
                if InterruptSignal.take() { return .interrupt }
                continue
            }
            if count == 1 {
                switch byte {
                case 0x04: return .end
                case 0x0A, 0x0D: return .line("")
                case 0x20: return .line(" ")
                case 0x51, 0x71: return .line("q")
                default:
                    // The rest of a key that sends several bytes (an arrow, PgDn) is dropped too.
                    tcflush(STDIN_FILENO, TCIFLUSH)
                    continue
                }
            }
            return .end
        }
    }
}

extension EditLineTerminal {
    var height: Int? { terminalRows() }
    func readKey() -> InputEvent {
        defer { write("\n") }
        return SingleKey.read()
    }
}
