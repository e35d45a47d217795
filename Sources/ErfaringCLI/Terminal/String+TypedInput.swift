extension String {
    /// The text without the spaces and tabs at its ends, as a line typed at the shell is read.
    /// Other white space (a no-break space, a line break) is kept; Foundation's
    /// `trimmingCharacters(in: .whitespaces)` would remove a no-break space too.
    func trimmingSpacesAndTabs() -> String {
        let isSpaceOrTab: (Character) -> Bool = { $0 == " " || $0 == "\t" }
        guard let first = firstIndex(where: { !isSpaceOrTab($0) }),
              let last = lastIndex(where: { !isSpaceOrTab($0) }) else { return "" }
        return String(self[first...last])
    }
}
