import Synchronization

/// The tags nodes carry, numbered once per process. Only the core tags and the tags a caller
/// of ``YAMLParser`` allows are ever stored (a refused tag is not kept on its node), so the
/// table stays as small as those lists.
enum YAMLTagTable {
    private static let table = Mutex<(names: [String], ids: [String: UInt32])>(([], [:]))

    /// The number for `tag`, 0 for none.
    static func id(for tag: String?) -> UInt32 {
        guard let tag else { return 0 }
        return table.withLock { table in
            if let id = table.ids[tag] { return id }
            table.names.append(tag)
            let id = UInt32(table.names.count)
            table.ids[tag] = id
            return id
        }
    }

    /// The tag numbered `id`, nil for 0.
    static func name(_ id: UInt32) -> String? {
        guard id > 0 else { return nil }
        return table.withLock { table in
            Int(id) <= table.names.count ? table.names[Int(id) - 1] : nil
        }
    }
}
