@preconcurrency import CEditLine
import Foundation
import ErfaringKit

#if canImport(Glibc)
@preconcurrency import Glibc
#endif

/// What Tab offers, read by libedit's C callback (which can capture nothing).
private let completionSource = CompletionSource()

private final class CompletionSource: @unchecked Sendable {
    private let lock = NSLock()
    private var provider: CompletionProvider?

    func set(_ new: @escaping CompletionProvider) {
        lock.lock()
        provider = new
        lock.unlock()
    }

    /// The words that replace `word`, the last word libedit found before the cursor in `line`:
    /// the provider completes the whole argument (a title may have several words), and libedit
    /// replaces only the last word, so each candidate loses what stands before that word.
    func matching(line: String, word: String) -> [String] {
        lock.lock()
        let provider = self.provider
        lock.unlock()
        guard let completion = provider?(line) else { return [] }
        let fixed = completion.typed.count - word.count
        guard fixed >= 0 else { return [] }
        return completion.candidates.filter { $0.count >= fixed }.map { String($0.dropFirst(fixed)) }
    }
}

/// A person at a terminal: libedit for editing, history (kept 0600 in the data folder, a file per
/// profile) and Tab completion of what the line so far can go on with (``CompletionModel``).
final class EditLineTerminal: Terminal {
    private var historyPath: String?
    var isInteractive: Bool { true }

    /// Sets the locale from the environment, with a UTF-8 character type: libedit reads and shows
    /// æ, ø and å only then, and cannot show a prompt it fails to convert. Returns false when this
    /// machine has no UTF-8 locale at all; the shell then reads plain lines instead.
    static func prepareLocale() -> Bool {
        setlocale(LC_ALL, "")
        if characterTypeIsUTF8 { return true }
        for name in ["C.UTF-8", "C.utf8", "en_US.UTF-8", "nb_NO.UTF-8"] where setlocale(LC_CTYPE, name) != nil {
            if characterTypeIsUTF8 { return true }
        }
        return false
    }

    private static var characterTypeIsUTF8: Bool {
        guard let codeset = nl_langinfo(nl_item(CODESET)) else { return false }
        return String(cString: codeset).uppercased().filter { $0 != "-" } == "UTF8"
    }

    /// The characters that end a word for completion, in C memory that lives as long as the
    /// program (libedit keeps the pointer); made once, however many terminals are made.
    nonisolated(unsafe) private static let wordBreaks = strdup(" \t")

    /// Call ``prepareLocale()`` first, and use this terminal only when it returned true.
    init() {
        // Words end only at spaces and tabs: a title or a term may hold a hyphen, an apostrophe or
        // a parenthesis.
        rl_basic_word_break_characters = UnsafePointer(Self.wordBreaks)
        rl_completer_word_break_characters = Self.wordBreaks
        rl_attempted_completion_function = { text, _, end in
            let word = text.map { String(cString: $0) } ?? ""
            // The line up to the cursor; libedit counts the cursor in characters, not bytes.
            let whole = rl_line_buffer.map { String(cString: $0) } ?? word
            let scalars = whole.unicodeScalars
            let cut = scalars.index(scalars.startIndex, offsetBy: max(0, Int(end)), limitedBy: scalars.endIndex) ?? scalars.endIndex
            let line = String(scalars[..<cut])
            let matches = completionSource.matching(line: line.hasSuffix(word) ? line : whole, word: word)
            guard !matches.isEmpty else { return nil }
            let common = matches.dropFirst().reduce(matches[0]) { shared, word in
                String(zip(shared, word).prefix { $0 == $1 }.map(\.0))
            }
            // libedit frees the list and each string in it with free(), so both come from the C
            // allocator: the list from malloc, the strings from strdup. Swift's `allocate` must not
            // be paired with free(). When memory runs out, nothing is offered and nothing leaks.
            typealias Entry = UnsafeMutablePointer<CChar>?
            let count = matches.count + 2  // the common prefix, the matches, the closing nil
            guard let raw = malloc(count * MemoryLayout<Entry>.stride) else { return nil }
            let list = raw.bindMemory(to: Entry.self, capacity: count)
            list.initialize(repeating: nil, count: count)
            list[0] = strdup(matches.count == 1 ? matches[0] : common)
            for (index, word) in matches.enumerated() { list[index + 1] = strdup(word) }
            guard (0...matches.count).allSatisfy({ list[$0] != nil }) else {
                for index in 0...matches.count { free(list[index]) }
                free(raw)
                return nil
            }
            return list
        }
        InterruptSignal.install()
    }

    var width: Int { terminalColumns() ?? 80 }

    func readLine(prompt: String, addToHistory: Bool) -> InputEvent {
        InterruptSignal.reset()
        guard let pointer = readline(prompt) else {
            if InterruptSignal.take() {
                write("\n")
                return .interrupt
            }
            write("\n")
            return .end
        }
        defer { free(pointer) }
        if InterruptSignal.take() {
            return .interrupt
        }
        // A hint copied from the screen may carry no-break spaces; they mean spaces here.
        let line = String(cString: pointer).replacingOccurrences(of: "\u{00A0}", with: " ")
        if addToHistory && keepsInHistory(line) {
            add_history(pointer)
        }
        return .line(line)
    }

    func write(_ text: String) {
        RawOutput.write(text)
    }

    func setCompletions(_ provider: @escaping CompletionProvider) {
        completionSource.set(provider)
    }

    func saveHistory() {
        guard let historyPath else { return }
        write_history(historyPath)
        chmod(historyPath, 0o600)
    }

    func useHistory(_ file: URL) {
        guard file.path != historyPath else { return }
        saveHistory()
        clear_history()
        historyPath = file.path
        // Created private before libedit writes to it; a file that cannot be made is no history.
        guard (try? DataLocation.createPrivateFile(file)) != nil else {
            historyPath = nil
            return
        }
        read_history(file.path)
    }
}
