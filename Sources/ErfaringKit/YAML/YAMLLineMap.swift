import CLibYAML
#if canImport(Glibc)
import Glibc
#endif

/// Turns libyaml's marks into 1-based lines and columns as YAML 1.2 and editors count them.
///
/// libyaml follows YAML 1.1 and also breaks lines at U+0085 (next line), U+2028 (line
/// separator) and U+2029 (paragraph separator), so one of them inside a quoted text would
/// shift every later line number away from what an editor, `grep -n` and the diagnostic
/// renderer show. YAML 1.2 breaks lines only at line feed, carriage return and CR LF. When a
/// file holds one of the three characters, positions are taken from libyaml's character
/// index instead, through a table of where each line starts; otherwise libyaml's own line
/// and column are right and are used as they are.
struct YAMLLineMap {
    /// The character index at which each line starts, when the file needs the table.
    private let lineStarts: [Int]?

    init(_ input: UnsafeBufferPointer<UInt8>) {
        guard Self.hasUnicodeBreak(input) else {
            lineStarts = nil
            return
        }
        var starts = [0]
        var characters = 0
        var index = 0
        while index < input.count {
            let byte = input[index]
            if byte & 0xC0 != 0x80 { characters += 1 }
            if byte == 0x0A || (byte == 0x0D && (index + 1 >= input.count || input[index + 1] != 0x0A)) {
                starts.append(characters)
            }
            index += 1
        }
        lineStarts = starts
    }

    /// Whether the bytes hold U+0085, U+2028 or U+2029. `memchr` finds the lead bytes (0xC2,
    /// 0xE2) at memory speed; most files have few of them (`–`, `«`) or none.
    static func hasUnicodeBreak(_ input: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = input.baseAddress else { return false }
        for (lead, follows) in [(UInt8(0xC2), [[UInt8(0x85)]]), (0xE2, [[0x80, 0xA8], [0x80, 0xA9]])] {
            var offset = 0
            while offset < input.count, let found = memchr(base + offset, Int32(lead), input.count - offset) {
                let index = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                for tail in follows where index + tail.count < input.count
                    && tail.indices.allSatisfy({ input[index + 1 + $0] == tail[$0] }) {
                    return true
                }
                offset = index + 1
            }
        }
        return false
    }

    /// The 1-based line and column of a libyaml mark.
    func mark(_ mark: yaml_mark_t) -> YAMLMark {
        guard let lineStarts else {
            return YAMLMark(line: Int32(truncatingIfNeeded: mark.line + 1),
                            column: Int32(truncatingIfNeeded: mark.column + 1))
        }
        // The last line start at or before the mark's character index.
        var low = 0, high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= mark.index { low = middle } else { high = middle - 1 }
        }
        return YAMLMark(line: Int32(truncatingIfNeeded: low + 1),
                        column: Int32(truncatingIfNeeded: mark.index - lineStarts[low] + 1))
    }
}
