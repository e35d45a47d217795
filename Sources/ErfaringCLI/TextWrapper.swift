import ErfaringKit

/// Wraps text to a terminal width by display width: combining marks take no column, East Asian
/// wide characters and most emoji take two.
struct TextWrapper {
    var width: Int

    /// Lines of at most `width` columns, the first prefixed by `first`, the rest by `rest`.
    func wrap(_ text: String, first: String = "", rest: String = "") -> [String] {
        var lines: [String] = []
        var line = first
        var lineWidth = Self.displayWidth(first)
        var lineHasWord = false
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            let wordWidth = Self.displayWidth(word)
            if lineHasWord && lineWidth + 1 + wordWidth > width {
                lines.append(line)
                line = rest
                lineWidth = Self.displayWidth(rest)
                lineHasWord = false
            }
            if lineHasWord {
                line += " "
                lineWidth += 1
            }
            line += word
            lineWidth += wordWidth
            lineHasWord = true
        }
        lines.append(line)
        return lines
    }

    /// A whole curriculum text: paragraphs separated by a blank line, list items with a bullet.
    func render(_ text: String, indent: String = "", bullet: String = "•") -> [String] {
        var lines: [String] = []
        for (index, block) in Prose.blocks(text).enumerated() {
            switch block {
            case .paragraph(let paragraph):
                if index > 0 { lines.append("") }
                lines += wrap(paragraph, first: indent, rest: indent)
            case .listItem(let item):
                lines += wrap(item, first: indent + bullet + " ",
                              rest: indent + String(repeating: " ", count: Self.displayWidth(bullet) + 1))
            }
        }
        return lines
    }

    /// A line as it will show: a line wider than `width` is broken at spaces; an indented line
    /// continues under its own indent plus two columns, a line at the margin at the margin. Colour codes take no column. A word wider than a whole
    /// line is left whole for the terminal to fold.
    func fit(_ line: String) -> [String] {
        guard Self.visibleWidth(line) > width else { return [line] }
        let indentCount = line.prefix { $0 == " " }.count
        let rest = String(repeating: " ", count: indentCount == 0 ? 0 : min(indentCount + 2, width / 2))
        var lines: [String] = []
        var current = String(repeating: " ", count: indentCount)
        var currentWidth = indentCount
        var hasWord = false
        for word in line.dropFirst(indentCount).split(separator: " ", omittingEmptySubsequences: false) {
            let wordWidth = Self.visibleWidth(word)
            if hasWord && currentWidth + 1 + wordWidth > width {
                lines.append(current)
                current = rest
                currentWidth = rest.count
                hasWord = false
            }
            if hasWord {
                current += " "
                currentWidth += 1
            }
            current += word
            currentWidth += wordWidth
            hasWord = true
        }
        lines.append(current)
        return lines
    }

    /// Display width without terminal colour codes (`ESC [ … m`).
    static func visibleWidth<S: StringProtocol>(_ text: S) -> Int {
        guard text.utf8.contains(0x1B) else { return displayWidth(text) }
        var total = 0
        var inEscape = false
        for scalar in text.unicodeScalars {
            if inEscape {
                if scalar == "m" { inEscape = false }
            } else if scalar == "\u{1B}" {
                inEscape = true
            } else {
                total += width(of: scalar)
            }
        }
        return total
    }

    static func displayWidth<S: StringProtocol>(_ text: S) -> Int {
        text.unicodeScalars.reduce(0) { $0 + width(of: $1) }
    }

    static func width(of scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value < 0x300 { return value < 0x20 || value == 0x7F ? 0 : 1 }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: break
        }
        if scalar.properties.isEmojiPresentation { return 2 }
        switch value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
             0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
             0xFFE0...0xFFE6, 0x20000...0x3FFFD:
            return 2
        default:
            return 1
        }
    }
}
