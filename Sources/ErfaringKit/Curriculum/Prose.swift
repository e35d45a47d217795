/// A text split the way the curriculum format defines: single line breaks join lines into one
/// paragraph, a blank line starts a new paragraph, and a line starting with `- ` is a list item.
public enum Prose {
    public enum Block: Hashable, Sendable {
        case paragraph(String)
        case listItem(String)
    }

    public static func blocks(_ text: String) -> [Block] {
        var blocks: [Block] = []
        var current: [Substring] = []
        var currentIsItem = false

        func flush() {
            guard !current.isEmpty else { return }
            let joined = current.joined(separator: " ")
            blocks.append(currentIsItem ? .listItem(joined) : .paragraph(joined))
            current = []
            currentIsItem = false
        }

        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = rawLine.drop { $0 == " " || $0 == "\t" }
            if line.isEmpty {
                flush()
            } else if line.hasPrefix("- ") {
                flush()
                currentIsItem = true
                current = [line.dropFirst(2).drop { $0 == " " }]
            } else {
                current.append(line.reversed().drop { $0 == " " }.reversed().map(String.init).joined()[...])
            }
        }
        flush()
        return blocks
    }

    /// The text as one line: paragraphs and items joined by spaces.
    public static func flattened(_ text: String) -> String {
        blocks(text).map { block in
            switch block {
            case .paragraph(let text), .listItem(let text): return text
            }
        }.joined(separator: " ")
    }
}
