/// Bounds that keep a hostile or broken file from exhausting memory or time.
public struct YAMLLimits: Sendable, Hashable {
    /// Largest accepted file, in bytes.
    public var maxFileSize: Int
    /// Deepest accepted nesting of sequences and mappings.
    public var maxDepth: Int
    /// Most nodes that aliases may stand for in one document, counting nested aliases
    /// expanded, so that an "alias bomb" is refused before it costs anything.
    public var maxAliasExpansion: Int
    /// Most bytes of scalar text that aliases may repeat in one document, counting nested
    /// aliases expanded: a large text aliased many times costs as much to check as if it were
    /// written out, so it is refused before the readers see it.
    public var maxAliasBytes: Int

    public init(maxFileSize: Int = 8 << 20, maxDepth: Int = 64, maxAliasExpansion: Int = 100_000,
                maxAliasBytes: Int = 1 << 20) {
        self.maxFileSize = maxFileSize
        self.maxDepth = maxDepth
        self.maxAliasExpansion = maxAliasExpansion
        self.maxAliasBytes = maxAliasBytes
    }

    public static let `default` = YAMLLimits()
}
