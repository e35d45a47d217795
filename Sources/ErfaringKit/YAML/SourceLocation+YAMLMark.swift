extension SourceLocation {
    /// The location of `mark` in `file`.
    public init(file: String, mark: YAMLMark) {
        self.init(file: file, line: Int(mark.line), column: Int(mark.column))
    }
}
