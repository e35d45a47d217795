import Foundation

extension HTMLPages {
    /// The item analysis as a page: per module, a table of its questions with the facility as a bar,
    /// the discrimination figures, the options with how often each was chosen (the distractor in
    /// bold), and the flags. Inline CSS and SVG only, no scripts.
    public static func itemAnalysis(_ analysis: ItemAnalysis, curriculum: Curriculum, language: Language,
                                    source: String) -> String {
        let nb = language == .nb
        let title = (nb ? "Spørsmålsanalyse: " : "Item analysis: ") + curriculum.course.title[language]
        var body = "<h1>\(escape(title))</h1>\n"
        body += "<p class=\"meta\">" + escape(nb
            ? "\(analysis.learners) deltakere, første fullførte forsøk per modul · \(source)"
            : "\(analysis.learners) learners, first finished attempt per module · \(source)") + "</p>\n"
        body += "<p class=\"note\">" + escape(nb
            ? "Letthet: andelen som svarte riktig. Diskriminering: korrelasjonen mellom spørsmålet og resten av forsøket "
                + "(×100, som i Moodle). Uthevet: distraktoren, det gale alternativet flest valgte; for rekkefølgespørsmål teller "
                + "tallene hvor ofte alternativet ble satt på riktig plass. * færre enn \(ItemAnalysis.fewAnswers) svar: tallene "
                + "betyr lite, og spørsmålet flagges ikke."
            : "Facility: the share who answered right. Discrimination: the correlation of the question with the rest "
                + "of the attempt (×100, as in Moodle). In bold: the distractor, the wrong option chosen most often; for "
                + "ordering questions the counts are how often each option was put in its right place. * fewer than "
                + "\(ItemAnalysis.fewAnswers) answers: the figures mean little, and the question is not flagged.") + "</p>\n"
        if analysis.items.isEmpty {
            body += "<p>\(nb ? "Ingen svar å analysere." : "No answers to analyse.")</p>\n"
        }
        for module in curriculum.modules {
            let items = analysis.items.filter { $0.moduleID == module.id.value }
            guard !items.isEmpty else { continue }
            body += "<h2>\(escape(module.title[language]))</h2>\n<table>\n<thead><tr>"
            let headings = nb
                ? ["Spørsmål", "Svar", "Letthet", "Diskriminering", "Effektivitet", "Valgt (✓ riktig)", "Flagg"]
                : ["Question", "Answers", "Facility", "Discrimination", "Efficiency", "Chosen (✓ right)", "Flags"]
            body += headings.map { "<th>\($0)</th>" }.joined() + "</tr></thead>\n<tbody>\n"
            for item in items {
                let few = item.hasFewAnswers ? "*" : ""
                body += "<tr\(item.flags.isEmpty ? "" : " class=\"flagged\"")>"
                body += "<td><code>\(escape(item.questionID))</code><br>"
                    + "\(escape(ItemAnalysis.prompt(item, curriculum: curriculum, language: language)))</td>"
                body += "<td>\(item.answered)\(few)</td>"
                body += "<td>\(facilityBar(item.facility))\(ItemAnalysis.percent(item.facility).replacingOccurrences(of: "%", with: "\u{A0}%"))\(few)</td>"
                body += "<td>\(ItemAnalysis.hundredths(item.discrimination))\(few)</td>"
                body += "<td>\(ItemAnalysis.percent(item.efficiency).replacingOccurrences(of: "%", with: "\u{A0}%"))\(few)</td>"
                body += "<td>" + item.options.map { option in
                    let text = "\(escape(option.choiceID))\(option.isCorrect && !item.countsPlaces ? "✓" : "") \(option.count)"
                    return option.choiceID == item.distractor ? "<strong>\(text)</strong>" : text
                }.joined(separator: " · ") + "</td>"
                body += "<td class=\"flag\">" + item.flags.map { escape(ItemAnalysis.label($0, language)) }.joined(separator: "<br>")
                    + "</td></tr>\n"
            }
            body += "</tbody>\n</table>\n"
        }
        return page(title: title, language: language, body: body,
                    extraStyle: "\ntr.flagged td{background:#fff4f2}code{font-size:.85rem}")
    }

    /// A small bar for a share, 60 × 10 px, with the share as its text alternative.
    static func facilityBar(_ share: Double?) -> String {
        guard let share else { return "" }
        let width = Int((share * 60).rounded())
        return "<svg width=\"64\" height=\"10\" role=\"img\" aria-label=\"\(Int((share * 100).rounded()))\u{A0}%\" "
            + "xmlns=\"http://www.w3.org/2000/svg\" style=\"margin-right:.4rem\"><rect x=\"0\" y=\"0\" width=\"60\" height=\"10\" "
            + "fill=\"#eef2f6\" stroke=\"#c9d1da\"/><rect x=\"0\" y=\"0\" width=\"\(width)\" height=\"10\" fill=\"#3b7a57\"/></svg>"
    }
}
