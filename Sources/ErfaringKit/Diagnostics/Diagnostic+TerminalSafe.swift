extension Diagnostic {
    /// The diagnostic with its message, rule, notes and file names passed through
    /// ``TextChecks/terminalSafe(_:keepingTabs:)`` (and long messages through
    /// ``TextChecks/abbreviated(_:limit:)``), for output that is not rendered as text (JSON),
    /// so that no output of `lint` carries a raw escape sequence or a value at length.
    public var terminalSafe: Diagnostic {
        var copy = self
        copy.message = TextChecks.terminalSafe(TextChecks.abbreviated(message))
        copy.rule = TextChecks.terminalSafe(rule)
        copy.location.file = TextChecks.terminalSafe(location.file)
        copy.notes = notes.map { note in
            var safe = note
            safe.message = TextChecks.terminalSafe(TextChecks.abbreviated(note.message))
            safe.location?.file = TextChecks.terminalSafe(note.location?.file ?? "")
            return safe
        }
        return copy
    }
}
