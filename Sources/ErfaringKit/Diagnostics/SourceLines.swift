/// Where each line of a file starts, built once per file so that quoting the source line of
/// any number of diagnostics costs no more than one pass over the file.
///
/// Lines break at line feed, carriage return and CR LF only, as YAML 1.2, editors and the
/// parser's marks count them (see `YAMLLineMap`).
struct SourceLines: Sendable {
    private let bytes: [UInt8]
    /// Byte offset of each line's first byte; line 1 starts after a byte-order mark.
    private let starts: [Int]

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        var starts = [bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0]
        bytes.withUnsafeBufferPointer { buffer in
            var index = 0
            while index < buffer.count {
                let byte = buffer[index]
                if byte == 0x0A || byte == 0x0D {
                    if byte == 0x0D && index + 1 < buffer.count && buffer[index + 1] == 0x0A { index += 1 }
                    starts.append(index + 1)
                }
                index += 1
            }
        }
        self.starts = starts
    }

    /// The text of 1-based line `number`, without its line break.
    func line(_ number: Int) -> String? {
        guard number >= 1, number <= starts.count else { return nil }
        let start = starts[number - 1]
        var end = number < starts.count ? starts[number] : bytes.count
        while end > start, bytes[end - 1] == 0x0A || bytes[end - 1] == 0x0D { end -= 1 }
        guard start <= end else { return nil }
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }
}
