import ErfaringKit

extension Shell {
    /// The second words that make `hjelp` / `help` the help screen: `hjelp nå`, `help now`.
    static let helpNowWords: Set<String> = ["nå", "na", "naa", "now"]

    /// Whether `text` asks for the emergency and help numbers: the `krise` / `crisis` command
    /// (or an alias) alone, or `hjelp nå` / `help now`. Every prompt of the shell checks this,
    /// so the numbers are always one word away.
    func asksForHelpLines(_ text: String) -> Bool {
        let words = text.split(whereSeparator: { $0 == " " || $0 == "\t" }).map { $0.lowercased() }
        if words.count == 1 { return ShellCommandID.find(words[0]) == .crisis }
        return words.count == 2 && ShellCommandID.find(words[0]) == .help && Self.helpNowWords.contains(words[1])
    }

    /// The language a help-screen request was typed in, for prompts before a language is
    /// chosen: `crisis` and `help now` are English, everything else Norwegian.
    static func languageOfHelpRequest(_ text: String) -> Language {
        let words = text.split(separator: " ").map { $0.lowercased() }
        return words.first == "crisis" || words.first == "help" ? .en : .nb
    }

    /// The emergency and help numbers from the course (`help-lines` in course.yaml), in the
    /// learner's language: number, who answers, and when to call.
    func showHelpLines(in chosen: Language? = nil) {
        let language = chosen ?? self.language
        let strings = Strings(language: language)
        let lines = curriculum.course.helpLines
        blank()
        terminal.line(style.bold(strings(.helplinesHeader)))
        let width = lines.map { TextWrapper.displayWidth($0.number.value) }.max() ?? 0
        let indent = String(repeating: " ", count: width + 4)
        for line in lines {
            let number = line.number.value
            let padding = String(repeating: " ", count: width - TextWrapper.displayWidth(number))
            terminal.line("  " + style.bold(number) + padding + "  " + line.name[language])
            for row in style.wrapper.render(Prose.flattened(line.when[language]), indent: indent) { terminal.line(row) }
        }
        paragraph(strings(.helplinesAfter))
    }
}
