/// How the item-writing rules and the test-wise learner read the text of a question: lengths,
/// words, word stems, three-word phrases and sentences, as docs/curriculum-format.md defines.
public enum ItemText {
    /// The text trimmed, with every run of white space collapsed to one space.
    public static func normalized(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// The length the rules compare: Unicode scalars of the normalised text.
    public static func length(_ text: String) -> Int {
        normalized(text).unicodeScalars.count
    }

    /// Maximal runs of letters or digits, lowercased.
    public static func words(_ text: String) -> [String] {
        var words: [String] = []
        var current = ""
        for character in text {
            if character.isLetter || character.isNumber {
                current.append(character)
            } else if !current.isEmpty {
                words.append(current.lowercased())
                current = ""
            }
        }
        if !current.isEmpty { words.append(current.lowercased()) }
        return words
    }

    /// The crude stem a word is matched by: its first 6 characters. Words shorter than 4
    /// characters have none.
    public static func key(_ word: String) -> String? {
        word.unicodeScalars.count >= 4 ? String(String.UnicodeScalarView(word.unicodeScalars.prefix(6))) : nil
    }

    /// The stems of a text's words of 4 characters or more.
    public static func contentKeys(_ text: String) -> Set<String> {
        Set(words(text).compactMap(key))
    }

    /// The three-word phrases of a word list, each as one string.
    public static func shingles(_ words: [String]) -> Set<String> {
        guard words.count >= 3 else { return [] }
        return Set((0...(words.count - 3)).map { words[$0..<($0 + 3)].joined(separator: " ") })
    }

    /// Sentences: a sentence ends at '.', '!' or '?' followed by white space or the end. A text
    /// without such an end is one sentence.
    public static func sentenceCount(_ text: String) -> Int {
        let characters = Array(normalized(text))
        var count = 0
        var hasContent = false
        for (index, character) in characters.enumerated() {
            let ends = ".!?".contains(character)
                && (index + 1 == characters.count || characters[index + 1].isWhitespace)
            if ends {
                if hasContent { count += 1 }
                hasContent = false
            } else if !character.isWhitespace {
                hasContent = true
            }
        }
        if hasContent { count += 1 }
        return max(1, count)
    }

    /// A question's stem in a language: its scenario (if any) and its prompt, normalised.
    public static func stem(_ question: Question, _ language: Language) -> String {
        normalized((question.scenario?[language] ?? "") + " " + question.prompt[language])
    }

    /// The text of a choice in a language; a true/false choice, which has none, reads as its id.
    public static func text(_ choice: Choice, _ language: Language) -> String {
        choice.text?[language] ?? choice.id.value
    }
}
