import ErfaringKit

/// How output looks: colour only on a terminal without `NO_COLOR`; `--plain` drops colour, box
/// drawing and bar glyphs for screen readers.
struct Style {
    var color: Bool
    var plain: Bool
    var width: Int

    func bold(_ text: String) -> String { paint(text, "1") }
    func dim(_ text: String) -> String { paint(text, "2") }
    func accent(_ text: String) -> String { paint(text, "36") }
    func good(_ text: String) -> String { paint(text, "32") }
    func bad(_ text: String) -> String { paint(text, "31") }
    func mark(_ text: String) -> String { color ? paint(text, "1;33") : "[\(text)]" }

    private func paint(_ text: String, _ code: String) -> String {
        color && !plain ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }

    var wrapper: TextWrapper { TextWrapper(width: max(20, min(width, 100))) }

    /// A progress bar, or a plain number for screen readers.
    func bar(_ fraction: Double) -> String {
        let percent = Int((fraction * 100).rounded())
        if plain { return "\(percent) %" }
        let cells = 10
        let filled = Int((fraction * Double(cells)).rounded())
        return String(repeating: "█", count: filled) + String(repeating: "░", count: cells - filled)
            + " " + String(percent).leftPadded(to: 3) + " %"
    }

    /// Continuation lines of a bulleted item ("• …", "- …") line up under its text.
    static func hangingIndent(_ paragraph: String) -> String {
        paragraph.hasPrefix("• ") || paragraph.hasPrefix("- ") ? "  " : ""
    }

    /// A titled, set-apart section: a box on a terminal, a plain label for screen readers.
    func box(title: String, body: [String]) -> [String] {
        let inner = wrapper.width - 4
        if plain {
            return ["\(title):"] + body.flatMap {
                $0.isEmpty ? [""] : TextWrapper(width: inner).wrap($0, first: "  ", rest: "  " + Self.hangingIndent($0))
            }
        }
        var lines = ["┌─ " + bold(title) + " " + String(repeating: "─", count: max(0, inner - TextWrapper.displayWidth(title) - 1))]
        for paragraph in body {
            if paragraph.isEmpty {
                lines.append("│")
                continue
            }
            lines += TextWrapper(width: inner).wrap(paragraph, rest: Self.hangingIndent(paragraph)).map { "│ " + $0 }
        }
        lines.append("└" + String(repeating: "─", count: inner + 2))
        return lines
    }
}

extension String {
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}
