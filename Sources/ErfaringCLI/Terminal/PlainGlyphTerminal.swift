import Foundation

/// A terminal for `--plain`: what the shell writes reaches the learner without the typographic
/// signs a screen reader reads out oddly (›, ·, ✎, →, ▸, •), each replaced by plain punctuation.
final class PlainGlyphTerminal: Terminal {
    private let base: Terminal

    init(_ base: Terminal) { self.base = base }

    static func plain(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0 == "·" || $0.value >= 0x2000 }) else { return text }
        // A line broken next to a separator keeps it at a line's end ("(1/5) ·") or start
        // ("· del"); it becomes a comma after the text, never " ," or a line beginning with ",".
        let unbroken = ("\n" + text).replacingOccurrences(of: "\n· ", with: "\n").dropFirst()
        return String(unbroken)
            .replacingOccurrences(of: " · ", with: ", ")
            .replacingOccurrences(of: " ·\n", with: ",\n")
            .replacingOccurrences(of: "·", with: ",")
            .replacingOccurrences(of: "›", with: ">")
            .replacingOccurrences(of: "✎", with: ">")
            .replacingOccurrences(of: "→", with: "->")
            .replacingOccurrences(of: "▸", with: "-")
            .replacingOccurrences(of: "•", with: "-")
    }

    func readLine(prompt: String, addToHistory: Bool) -> InputEvent {
        base.readLine(prompt: Self.plain(prompt), addToHistory: addToHistory)
    }

    func write(_ text: String) { base.write(Self.plain(text)) }
    var width: Int { base.width }
    var isInteractive: Bool { base.isInteractive }
    var height: Int? { base.height }
    func readKey() -> InputEvent { base.readKey() }
    func setCompletions(_ provider: @escaping CompletionProvider) { base.setCompletions(provider) }
    func saveHistory() { base.saveHistory() }
    func useHistory(_ file: URL) { base.useHistory(file) }
}
