/// A 1-based line and column inside one YAML document.
public struct YAMLMark: Hashable, Sendable {
    public var line: Int32
    public var column: Int32

    public init(line: Int32, column: Int32) {
        self.line = line
        self.column = column
    }
}
