/// The result of parsing one YAML file: its root node (absent when the file is empty or
/// could not be parsed) and every problem found on the way.
public struct YAMLDocument: Sendable {
    /// The display path the document was read from.
    public var file: String
    public var root: YAMLNode?
    /// At most ``Diagnostic/perFileLimit`` of the problems found.
    public var diagnostics: [Diagnostic]
    /// How many more errors were found than `diagnostics` holds.
    public var omittedErrors: Int = 0

    /// The location of a mark in this document.
    public func location(_ mark: YAMLMark) -> SourceLocation {
        SourceLocation(file: file, mark: mark)
    }
}

/// Turns YAML bytes into an owned ``YAMLNode`` tree through libyaml's event API.
///
/// libyaml checks the syntax and the encoding; this type adds what libyaml leaves to its
/// callers: duplicate keys, a bound on alias expansion, bounds on size and depth, and a single
/// document per file. Problems become located ``Diagnostic``s.
public enum YAMLParser {
    /// Parses `bytes`, reporting locations against `file`.
    ///
    /// Explicit core tags (`!!str`, `!!int`, `!!float`, `!!bool`, `!!null`, `!!seq`, `!!map`)
    /// are honoured; any other tag is an error unless it is in `allowedTags` (as libyaml
    /// resolves it: `!name` for a local tag), in which case it is kept in ``YAMLNode/tag``.
    public static func parse(
        _ bytes: [UInt8], file: String, limits: YAMLLimits = .default, allowedTags: Set<String> = []
    ) -> YAMLDocument {
        let start = SourceLocation(file: file, line: 1, column: 1)
        guard bytes.count <= limits.maxFileSize else {
            return YAMLDocument(file: file, root: nil, diagnostics: [Diagnostic(
                .yamlFileSize, at: start,
                "file is \(bytes.count) bytes; the limit is \(limits.maxFileSize) bytes")])
        }
        var input = bytes
        if input.starts(with: [0xEF, 0xBB, 0xBF]) { input.removeFirst(3) }
        if input.isEmpty { input = [0x0A] }  // libyaml needs a non-empty buffer pointer
        return input.withUnsafeBufferPointer { buffer in
            var builder = YAMLTreeBuilder(file: file, limits: limits, allowedTags: allowedTags, input: buffer)
            return builder.run()
        }
    }
}
