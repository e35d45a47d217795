import ErfaringKit

extension Shell {
    /// Shows a lesson's content note and asks whether to read on now or leave the lesson for
    /// later. Returns nil to read on, or where to go instead (home, quit, a command that leaves).
    func offerAfterContentNote(_ note: LocalizedText, lesson: Lesson, module: Module) throws -> Next? {
        blank()
        style.box(title: strings(.readContentNote), body: [Prose.flattened(note[language])]).forEach { terminal.line($0) }
        let hint = openHint(module.id.value, lesson: lesson.id.value)
        quiet(strings(.readContentNoteChoice, [.open: hint]))
        while true {
            switch terminal.readLine(prompt: strings(.readContentNotePrompt), addToHistory: false) {
            case .end: return .quit
            case .interrupt:
                terminal.line(strings(.readLeft))
                return .stay
            case .line(let text):
                let words = text.split(whereSeparator: { $0 == " " || $0 == "\t" }).map { $0.lowercased() }
                let command = words.first.flatMap { ShellCommandID.find($0) }
                if words.isEmpty || (command == .next && words.count == 1) { return nil }
                // Leaving for now is the other answer: 'hjem', or skipping the lesson.
                if (command == .home && words.count == 1) || ["hopp", "skip", "hopp over"].contains(words.joined(separator: " ")) {
                    terminal.line(strings(.readContentNoteLater, [.open: hint]))
                    return .home
                }
                let next = try dispatch(text, atHome: false)
                if next != .stay { return next }
            }
        }
    }
}
