import Foundation

/// Self-contained HTML pages: inline CSS and SVG, no scripts, no fonts or images from the network,
/// readable on screen and on paper.
public enum HTMLPages {
    static func escape(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.append(character)
            }
        }
        return result
    }

    static let style = """
        body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:2rem;color:#1d2733;line-height:1.45;-webkit-print-color-adjust:exact;print-color-adjust:exact}
        h1{font-size:1.6rem;margin:0 0 .2rem}h2{font-size:1.15rem;margin-top:2rem}
        .meta{color:#5a6675;margin:0 0 1.5rem}
        table{border-collapse:collapse;width:100%;font-size:.92rem}
        th,td{border:1px solid #c9d1da;padding:.35rem .5rem;text-align:left;vertical-align:top}
        th{background:#eef2f6}
        td.completed{background:#dff3e4}td.in-progress,td.quiz-pending{background:#fff4d6}
        td.not-started{background:#fff}td.locked{background:#f1f1f1;color:#777}
        td.overdue{outline:2px solid #c0392b;outline-offset:-2px}
        .flag{color:#c0392b;font-weight:600}.date{white-space:nowrap}
        .note{border-left:4px solid #e8b84a;background:#fff8e6;padding:.5rem .8rem;max-width:48rem}
        svg.chart{display:block;width:100%;height:auto}
        .legend span{display:inline-block;margin-right:1rem}
        .swatch{display:inline-block;width:.8rem;height:.8rem;margin-right:.3rem;vertical-align:middle;border:1px solid #999}
        @media print{body{margin:1cm}h2{break-after:avoid}table{break-inside:auto}tr{break-inside:avoid}}
        """

    static func page(title: String, language: Language, body: String, extraStyle: String = "",
                     bodyClass: String? = nil) -> String {
        """
        <!DOCTYPE html>
        <html lang="\(language.rawValue)">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(escape(title))</title>
        <style>\(style)\(extraStyle)</style>
        </head>
        <body\(bodyClass.map { " class=\"\(escape($0))\"" } ?? "")>
        \(body)
        </body>
        </html>

        """
    }

    /// `50 %`, with a no-break space so the sign never wraps onto a line of its own.
    static func percent(_ value: Double?) -> String {
        value.map { "\(Int(($0 * 100).rounded()))\u{A0}%" } ?? "–"
    }

    static func day(_ date: Date?) -> String {
        date.map { String(XAPIExporter.timestamp($0).prefix(10)) } ?? "–"
    }

    /// A date that never breaks across lines.
    static func dated(_ text: String) -> String {
        "<span class=\"date\">\(text)</span>"
    }

    // MARK: Cohort report

    /// The facilitator's report: totals as an SVG bar chart, then the learner × module table.
    public static func cohortReport(_ report: CohortReport, language: Language) -> String {
        let words = Words(language: language)
        var body = "<h1>\(escape(report.courseTitle))</h1>\n"
        body += "<p class=\"meta\">\(escape(report.cohort.map { "\(words.cohort): \($0) · " } ?? ""))"
            + "\(words.learners): \(report.rows.count) · \(dated("\(words.asOf) \(escape(report.today))"))</p>\n"
        if report.source == .lrs { body += "<p class=\"note\">\(escape(words.lrsLimits))</p>\n" }
        body += "<h2>\(words.perModule)</h2>\n" + chart(report, words: words)
        body += "<h2>\(words.perLearner)</h2>\n<table>\n<thead><tr><th>\(words.learner)</th>"
        for module in report.modules { body += "<th>\(escape(module.title))</th>" }
        body += "<th>\(words.lastActivity)</th></tr></thead>\n<tbody>\n"
        for row in report.rows {
            body += "<tr><th>\(escape(row.learner.label))</th>"
            for cell in row.cells {
                var text = words.state(cell.state)
                if cell.state == .inProgress { text += " (\(cell.lessonsDone)/\(cell.lessonsTotal))" }
                if cell.attempts > 0 {
                    text += "<br>\(words.attempts(cell.attempts)) · \(words.last) \(percent(cell.lastScore))"
                        + " · \(words.best) \(percent(cell.bestScore))"
                }
                if cell.conversationsTotal > 0 {
                    text += "<br>\(words.practice) \(cell.conversationsCompleted)/\(cell.conversationsTotal)"
                }
                if let active = cell.lastActivityAt { text += "<br>\(dated("\(words.active) \(day(active))"))" }
                if let due = cell.due {
                    text += cell.overdue ? "<br><span class=\"flag date\">\(words.overdue) \(escape(due))</span>"
                        : "<br>\(dated("\(words.due) \(escape(due))"))"
                }
                body += "<td class=\"\(cell.state.rawValue)\(cell.overdue ? " overdue" : "")\">\(text)</td>"
            }
            body += "<td class=\"date\">\(day(row.lastActivityAt))</td></tr>\n"
        }
        body += "</tbody>\n<tfoot><tr><th>\(words.total)</th>"
        for total in report.totals {
            body += "<td>\(total.completed)/\(report.rows.count) \(words.completedShort)"
            if total.overdue > 0 { body += "<br><span class=\"flag\">\(total.overdue) \(words.overdue)</span>" }
            body += "<br>\(words.average) \(percent(total.averageBestScore))</td>"
        }
        body += "<td></td></tr></tfoot>\n</table>\n"
        return page(title: report.cohort.map { "\($0) · \(report.courseTitle)" } ?? report.courseTitle,
                    language: language, body: body)
    }

    /// One horizontal stacked bar per module: completed, in progress, not started or locked. Module
    /// titles wrap onto as many lines as they need beside their bar, never cut.
    static func chart(_ report: CohortReport, words: Words) -> String {
        let lineHeight = 15, labelWidth = 260, barWidth = 420
        let labels = report.modules.map { wrap($0.title, width: labelCharacters) }
        let rowHeights = labels.map { max(26, $0.count * lineHeight + 11) }
        let height = rowHeights.reduce(0, +) + 30
        // Scales to the page (an A4 sheet is narrower than the drawing), never wider than drawn.
        let width = labelWidth + barWidth + 60
        var svg = "<svg class=\"chart\" role=\"img\" aria-label=\"\(words.perModule)\" width=\"100%\" "
            + "style=\"max-width:\(width)px\" viewBox=\"0 0 \(width) \(height)\" preserveAspectRatio=\"xMinYMin meet\" "
            + "xmlns=\"http://www.w3.org/2000/svg\" font-size=\"12\">\n"
        let learners = max(1, report.rows.count)
        var top = 4
        for (index, module) in report.modules.enumerated() {
            // The bar sits level with the label's middle.
            let y = top + (labels[index].count * lineHeight + 3) / 2 - 9
            let cells = report.rows.compactMap { $0.cells.first { $0.moduleID == module.id } }
            let counts = [cells.count { $0.state == .completed },
                          cells.count { $0.state == .inProgress || $0.state == .quizPending },
                          cells.count { $0.state == .notStarted || $0.state == .locked }]
            let colors = ["#3c9d5d", "#e8b84a", "#d5dbe1"]
            svg += "<text x=\"0\" y=\"\(top + 11)\">" + labels[index].enumerated().map { line, text in
                "<tspan x=\"0\" dy=\"\(line == 0 ? 0 : lineHeight)\">\(escape(text))</tspan>"
            }.joined() + "</text>\n"
            var x = labelWidth
            for (count, color) in zip(counts, colors) where count > 0 {
                let width = barWidth * count / learners
                svg += "<rect x=\"\(x)\" y=\"\(y)\" width=\"\(width)\" height=\"18\" fill=\"\(color)\"><title>\(count)</title></rect>\n"
                x += width
            }
            svg += "<text x=\"\(labelWidth + barWidth + 6)\" y=\"\(y + 14)\">\(counts[0])/\(report.rows.count)</text>\n"
            top += rowHeights[index]
        }
        let legendY = top + 16
        for (index, (label, color)) in [(words.completed, "#3c9d5d"), (words.inProgress, "#e8b84a"),
                                        (words.notStarted, "#d5dbe1")].enumerated() {
            let x = labelWidth + index * 140
            svg += "<rect x=\"\(x)\" y=\"\(legendY - 10)\" width=\"10\" height=\"10\" fill=\"\(color)\"/>"
                + "<text x=\"\(x + 14)\" y=\"\(legendY)\">\(label)</text>\n"
        }
        return svg + "</svg>\n"
    }

    /// Characters of a chart label per line: what fits the label column at the chart's font size.
    static let labelCharacters = 36

    /// `text` in lines of at most `width` characters, broken between words (a word longer than a
    /// line is broken inside it); nothing is dropped.
    static func wrap(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ") {
            var word = Substring(word)
            while word.count > width {
                if !line.isEmpty { lines.append(line); line = "" }
                lines.append(String(word.prefix(width)))
                word = word.dropFirst(width)
            }
            if line.isEmpty {
                line = String(word)
            } else if line.count + 1 + word.count <= width {
                line += " " + word
            } else {
                lines.append(line)
                line = String(word)
            }
        }
        if !line.isEmpty || lines.isEmpty { lines.append(line) }
        return lines
    }

    /// The few words these pages need, in both languages.
    struct Words {
        var language: Language
        private func t(_ nb: String, _ en: String) -> String { language == .nb ? nb : en }
        var cohort: String { t("Kull", "Cohort") }
        var learners: String { t("Deltakere", "Learners") }
        var asOf: String { t("per", "as of") }
        var perModule: String { t("Status per modul", "Status per module") }
        var perLearner: String { t("Status per deltaker", "Status per learner") }
        var learner: String { t("Deltaker", "Learner") }
        var lastActivity: String { t("Sist aktiv", "Last active") }
        var best: String { t("beste", "best") }
        var last: String { t("siste", "last") }
        var active: String { t("aktiv", "active") }
        /// Before "k/n": practice conversations with an ending reached, of the module's.
        var practice: String { t("øvingssamtaler", "practice conversations") }
        func attempts(_ count: Int) -> String { t("\(count) forsøk", count == 1 ? "1 attempt" : "\(count) attempts") }
        var lrsLimits: String {
            t("Lest fra et Learning Record Store (LRS). Et LRS kan ikke skille kull fra hverandre: alle deltakere i kurset "
              + "som har synkronisert, vises, uansett kull, og deltakere som aldri har kjørt «erfaring sync», mangler. "
              + "Framdriften er slik den var ved hver deltakers siste synkronisering, og navn vises ikke.",
              "Read from a Learning Record Store (LRS). An LRS cannot tell cohorts apart: every learner of the course "
              + "who has synced is shown, whichever cohort they belong to, and learners who never ran 'erfaring sync' "
              + "are missing. Progress is as of each learner's last sync, and names are not shown.")
        }
        var due: String { t("frist", "due") }
        var overdue: String { t("på overtid", "overdue") }
        var total: String { t("Totalt", "Total") }
        var completedShort: String { t("fullført", "completed") }
        var average: String { t("snitt", "average") }
        var completed: String { t("Fullført", "Completed") }
        var inProgress: String { t("Påbegynt", "In progress") }
        var notStarted: String { t("Ikke startet", "Not started") }
        func state(_ state: CohortReport.State) -> String {
            switch state {
            case .locked: return t("låst", "locked")
            case .notStarted: return t("ikke startet", "not started")
            case .inProgress: return t("påbegynt", "in progress")
            case .quizPending: return t("quiz gjenstår", "quiz to go")
            case .completed: return t("fullført", "completed")
            }
        }
    }
}
