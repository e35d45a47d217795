import Foundation

/// The words and figures the item analysis is shown with, in the table, the CSV and the HTML page.
extension ItemAnalysis {
    /// A flag's label in `language`.
    public static func label(_ flag: Flag, _ language: Language) -> String {
        let nb = language == .nb
        switch flag {
        case .tooEasy: return nb ? "nesten alle svarer riktig" : "almost everyone right"
        case .tooHard: return nb ? "nesten ingen svarer riktig" : "almost no one right"
        case .negativeDiscrimination: return nb ? "negativ diskriminering" : "negative discrimination"
        case .lowDiscrimination: return nb ? "lav diskriminering" : "low discrimination"
        }
    }

    /// `63%` for a share.
    public static func percent(_ value: Double?) -> String {
        value.map { "\(Int(($0 * 100).rounded()))%" } ?? "–"
    }

    /// Moodle's scale: the correlation ×100, rounded (`42`, `-15`), or `–`.
    public static func hundredths(_ value: Double?) -> String {
        value.map { String(Int(($0 * 100).rounded())) } ?? "–"
    }

    /// `a 1 · b✓ 5 · c 2`: each option with how often it was chosen, the right ones marked.
    public static func optionsText(_ item: Item) -> String {
        item.options.map { "\($0.choiceID)\($0.isCorrect && !item.countsPlaces ? "✓" : "") \($0.count)" }
            .joined(separator: " · ")
    }

    /// The question's prompt in `language`, as one line of at most `limit` characters.
    public static func prompt(_ item: Item, curriculum: Curriculum, language: Language, limit: Int = 90) -> String {
        guard let question = curriculum.question(item.questionID, in: item.moduleID) else { return "" }
        let text = Prose.flattened(question.prompt[language])
        return text.count > limit ? String(text.prefix(limit - 1)) + "…" : text
    }
}

/// The item analysis as CSV: one row per question answered.
public enum ItemAnalysisCSV {
    public static let header = [
        "module_id", "question_id", "kind", "prompt", "answered", "correct", "facility", "discrimination",
        "discriminative_efficiency", "few_answers", "options", "distractor", "flags",
    ]

    public static func render(_ analysis: ItemAnalysis, curriculum: Curriculum, language: Language,
                              dialect: CSVWriter.Dialect = .comma) -> String {
        let rows = analysis.items.map { item in
            [item.moduleID, item.questionID, item.kind.rawValue,
             ItemAnalysis.prompt(item, curriculum: curriculum, language: language, limit: 200),
             String(item.answered), String(item.correct), item.facility.map(dialect.decimal) ?? "",
             item.discrimination.map(dialect.decimal) ?? "", item.efficiency.map(dialect.decimal) ?? "",
             item.hasFewAnswers ? "yes" : "no",
             item.options.map { "\($0.choiceID)=\($0.count)" }.joined(separator: " "), item.distractor ?? "",
             item.flags.map(\.rawValue).joined(separator: " ")]
        }
        return CSVWriter.render(header: header, rows: rows, dialect: dialect)
    }
}
