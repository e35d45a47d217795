import ErfaringKit
import Foundation

/// The item analysis as a terminal table: one block per module, one row per question, and a key.
extension FacilitatorCommand.Items {
    static func table(_ analysis: ItemAnalysis, curriculum: Curriculum, language: Language) -> [String] {
        let nb = language == .nb
        var lines = [(nb ? "Spørsmålsanalyse: " : "Item analysis: ") + curriculum.course.title[language]
                     + (nb ? " · \(analysis.learners) deltakere, første forsøk" : " · \(analysis.learners) learners, first attempts")]
        guard !analysis.items.isEmpty else {
            return lines + [nb ? "Ingen svar å analysere." : "No answers to analyse."]
        }
        let header = nb ? ["spørsmål", "type", "svar", "letthet", "diskr.", "effekt.", "valgt (✓ riktig)", "distraktor", "flagg"]
            : ["question", "kind", "answers", "facility", "discr.", "effic.", "chosen (✓ right)", "distractor", "flags"]
        for module in curriculum.modules {
            let items = analysis.items.filter { $0.moduleID == module.id.value }
            guard !items.isEmpty else { continue }
            let rows = items.map { item -> [String] in
                let few = item.hasFewAnswers ? "*" : ""
                return [TextChecks.sanitized(item.questionID), item.kind.rawValue, "\(item.answered)\(few)",
                        ItemAnalysis.percent(item.facility) + few, ItemAnalysis.hundredths(item.discrimination) + few,
                        ItemAnalysis.percent(item.efficiency) + few, ItemAnalysis.optionsText(item), item.distractor ?? "–",
                        item.flags.map { ItemAnalysis.label($0, language) }.joined(separator: ", ")]
            }
            let widths = header.indices.map { column in ([header[column]] + rows.map { $0[column] }).map(\.count).max() ?? 0 }
            func line(_ cells: [String]) -> String {
                cells.enumerated().map { $1.padding(toLength: widths[$0], withPad: " ", startingAt: 0) }
                    .joined(separator: "  ").trimmingSpacesAndTabs()
            }
            lines += ["", "\(module.id.value): \(module.title[language])", line(header)] + rows.map(line)
        }
        let few = ItemAnalysis.fewAnswers
        lines += ["", nb ? "Forklaring:" : "Key:"] + (nb ? [
            "  letthet   andelen som svarte riktig; flagget ved minst 90 % eller høyst 20 %",
            "  diskr.    korrelasjonen mellom spørsmålet og resten av forsøket, ×100 (Moodles diskrimineringsindeks);",
            "            flagget under 20 og når den er negativ",
            "  effekt.   Moodles diskriminerende effektivitet: diskr. av det høyeste disse svarene tillater",
            "  *         færre enn \(few) svar: tallene betyr lite, og spørsmålet flagges ikke",
            "  valgt     hvor mange som valgte hvert alternativ (rekkefølge: satte det på riktig plass)",
            "  distraktor  det gale alternativet flest valgte (rekkefølge: oftest på feil plass)",
        ] : [
            "  facility  the share who answered right; flagged at 90 % or more and at 20 % or less",
            "  discr.    the correlation of the question with the rest of the attempt, ×100 (Moodle's discrimination",
            "            index); flagged below 20 and when negative",
            "  effic.    Moodle's discriminative efficiency: discr. of the most these answers allow",
            "  *         fewer than \(few) answers: the figures mean little, and the question is not flagged",
            "  chosen    how many chose each option (ordering: put it in its right place)",
            "  distractor  the wrong option chosen most often (ordering: most often out of place)",
        ])
        return lines
    }
}
