import ErfaringKit

/// `hjelp` / `help`: a short overview by topic that fits one window, then one topic, one command,
/// or every command (`hjelp alle`, paged when taller than the window).
extension Shell {
    func showHelp(_ text: String) {
        let word = text.split(separator: " ").first.map(String.init) ?? ""
        if word.isEmpty {
            showHelpOverview()
        } else if HelpTopic.allWords.contains(word.lowercased()) {
            terminal.line(style.bold(strings(.helpHeader)))
            commandLines(ShellCommandID.allCases)
            paragraph(strings(.helpMore))
            paragraph(strings(.helpSummary))
        } else if let topic = HelpTopic.find(word) {
            terminal.line(style.bold(strings(.helpTopicHeader, [.title: topic.names[language] ?? ""])))
            commandLines(topic.commands)
            paragraph(strings(.helpMore))
        } else if let command = ShellCommandID.find(word) {
            terminal.line(style.bold(command.usage(in: language)) + "   (" + command.usage(in: language == .nb ? .en : .nb) + ")")
            paragraph(command.summary[language] ?? "", indent: "  ")
            blank()
            paragraph(command.details[language] ?? "", indent: "  ")
        } else {
            terminal.line(strings(.helpUnknown, [.command: TextChecks.terminalSafe(String(text.prefix(40)))]))
            terminal.line(strings(.helpTopics, [.words: topicNames]))
        }
    }

    /// Each topic with the commands in it, the crisis command on a row of its own.
    private func showHelpOverview() {
        terminal.line(style.bold(strings(.helpOverviewHeader)))
        let rows = HelpTopic.allCases.map { topic in
            (topic.names[language] ?? "", topic.commands.map { $0.usage(in: language) }.joined(separator: ", "))
        } + [(ShellCommandID.crisis.name(in: language), ShellCommandID.crisis.summary[language] ?? "")]
        let width = rows.map { TextWrapper.displayWidth($0.0) }.max() ?? 0
        for (name, text) in rows {
            let padding = String(repeating: " ", count: width - TextWrapper.displayWidth(name))
            for line in style.wrapper.wrap(text, first: "  \(name)\(padding)  ", rest: String(repeating: " ", count: width + 4)) {
                terminal.line(line)
            }
        }
        paragraph(strings(.helpOverviewMore, [.words: topicNames]))
        paragraph(strings(.helpSummary))
    }

    private var topicNames: String {
        HelpTopic.allCases.map { "'\($0.names[language] ?? "")'" }.joined(separator: ", ")
    }

    /// One row per command: usage, what it does, and its name in the other language.
    private func commandLines(_ commands: [ShellCommandID]) {
        let width = commands.map { TextWrapper.displayWidth($0.usage(in: language)) }.max() ?? 0
        for command in commands {
            let usage = command.usage(in: language)
            let padding = String(repeating: " ", count: width - TextWrapper.displayWidth(usage))
            let other = command.name(in: language == .nb ? .en : .nb)
            let text = "\(command.summary[language] ?? "") (\(other))"
            for line in style.wrapper.wrap(text, first: "  \(usage)\(padding)  ",
                                           rest: String(repeating: " ", count: width + 4)) {
                terminal.line(line)
            }
        }
    }
}
