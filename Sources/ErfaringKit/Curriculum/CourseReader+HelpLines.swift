extension CourseReader {
    /// The most digits a help line's number may have (an international number has at most 15).
    static let helpLineMaxDigits = 15

    /// `help-lines`: required and not empty, so the shell's help screen always has numbers.
    func readHelpLines(_ course: MappingReader) -> [HelpLine] {
        guard let list = course.list("help-lines") else { return [] }
        if list.isEmpty, let node = course.value("help-lines") {
            document.sink.report(.valueRange, at: document.location(node), "'help-lines' of the course lists no number",
                                 notes: [.init("the shell's help screen shows these numbers: list at least the emergency number")])
        }
        return list.compactMap(readHelpLine)
    }

    private func readHelpLine(_ node: YAMLNode) -> HelpLine? {
        let label = node.peekID().map { "help line '\($0)'" } ?? "a help line"
        guard let line = MappingReader(node, what: label, keys: ["id", "name", "number", "when", "source"],
                                       in: document) else { return nil }
        let id = line.id()
        let name = line.text("name")
        let number = line.string("number")
        if let number, !Self.isPhoneNumber(number.value) {
            document.sink.report(.helpLineNumber, at: number.location,
                                 "'number' of \(label) must be a phone number; found '\(number.value)'",
                                 notes: [.init("write digits in groups separated by single spaces, such as '113' or '116 117', with an optional leading '+'")])
        }
        let when = line.text("when")
        let source = line.string("source", required: false)
        guard let id, let name, let number, let when else { return nil }
        return HelpLine(id: id, name: name, number: number, when: when, source: source?.value)
    }

    /// Digits in groups separated by single spaces, optionally after a leading `+`, with 3 to
    /// ``helpLineMaxDigits`` digits in all: `113`, `116 117`, `22 40 00 40`, `+47 22 40 00 40`.
    static func isPhoneNumber(_ text: String) -> Bool {
        var digits = 0
        var previousWasSpace = true
        for (index, character) in text.enumerated() {
            switch character {
            case "+" where index == 0:
                continue
            case " ":
                if previousWasSpace { return false }
                previousWasSpace = true
            case "0"..."9" where character.isASCII:
                digits += 1
                previousWasSpace = false
            default:
                return false
            }
        }
        return !previousWasSpace && (3...helpLineMaxDigits).contains(digits)
    }
}
