import ErfaringKit
import Foundation

/// The cohort report as a terminal table: learners × modules, a due-date row, last activity, and a
/// key to the symbols.
extension FacilitatorCommand.Report {
    /// One cell: state, quiz attempts with the last and best score, the overdue mark, and the due
    /// date when learners' due dates for the module differ.
    static func cellText(_ cell: CohortReport.Cell, language: Language, showDue: Bool) -> String {
        let nb = language == .nb
        var text: String
        switch cell.state {
        case .completed: text = nb ? "fullført" : "done"
        case .quizPending: text = "quiz"
        case .inProgress: text = "\(cell.lessonsDone)/\(cell.lessonsTotal)"
        case .notStarted: text = "–"
        case .locked: text = nb ? "låst" : "locked"
        }
        if cell.attempts > 0 { text += " " + attemptsText(cell) }
        if showDue, let due = cell.due { text += " ≤" + due }
        if cell.overdue { text += " !" }
        return text
    }

    /// `4× 0%/50%`: four attempts, the last scored 0 %, the best 50 %; `1× 100%` when last is best;
    /// `?` for a last score an older export does not have.
    static func attemptsText(_ cell: CohortReport.Cell) -> String {
        func percent(_ value: Double?) -> String { value.map { "\(Int(($0 * 100).rounded()))%" } ?? "?" }
        let last = percent(cell.lastScore), best = percent(cell.bestScore)
        return "\(cell.attempts)× " + (last == best ? best : "\(last)/\(best)")
    }

    static func table(_ report: CohortReport, language: Language) -> [String] {
        let nb = language == .nb
        // A module's due date goes in the due row when every learner has the same one, else in the cells.
        let dues = report.modules.indices.map { column in Set(report.rows.compactMap { $0.cells[column].due }) }
        // Practice conversations completed of all in the modules shown, when there are any.
        let practice = report.hasConversations ? [nb ? "øving" : "practice"] : []
        let header = [nb ? "deltaker" : "learner"] + report.modules.map(\.id) + practice + [nb ? "sist aktiv" : "last active"]
        var rows: [[String]] = []
        if dues.contains(where: { !$0.isEmpty }) {
            rows.append([nb ? "frist" : "due"] + dues.map { $0.count == 1 ? $0.first ?? "" : $0.isEmpty ? "" : nb ? "ulik" : "varies" }
                        + practice.map { _ in "" } + [""])
        }
        rows += report.rows.map { row in
            [TextChecks.sanitized(row.learner.label)]
                + row.cells.enumerated().map { cellText($1, language: language, showDue: dues[$0].count > 1) }
                + practice.map { _ in "\(row.practice.completed)/\(row.practice.total)" }
                + [row.lastActivityAt.map { String(XAPIExporter.timestamp($0).prefix(10)) } ?? "–"]
        }
        rows.append([nb ? "fullført" : "completed"] + report.totals.map { "\($0.completed)/\(report.rows.count)" }
                    + practice.map { _ in "" } + [""])
        let widths = header.indices.map { column in ([header[column]] + rows.map { $0[column] }).map(\.count).max() ?? 0 }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { $1.padding(toLength: widths[$0], withPad: " ", startingAt: 0) }
                .joined(separator: "  ").trimmingSpacesAndTabs()
        }
        var lines = [report.cohort.map { "\(report.courseTitle) · \($0)" } ?? report.courseTitle, line(header)]
        lines += rows.map(line)
        lines += legend(report, language: language, variedDue: dues.contains { $0.count > 1 })
        return lines
    }

    /// What the table's symbols mean: only those that appear, and the overdue mark only when
    /// due dates are in play.
    static func legend(_ report: CohortReport, language: Language, variedDue: Bool = false) -> [String] {
        let nb = language == .nb
        let cells = report.rows.flatMap(\.cells)
        var entries: [(String, String)] = []
        if cells.contains(where: { $0.state == .inProgress }) {
            entries.append(("n/m", nb ? "påbegynt: leksjoner lest av modulens leksjoner" : "in progress: lessons read of the module's lessons"))
        }
        if cells.contains(where: { $0.state == .quizPending }) {
            entries.append(("quiz", nb ? "alle leksjoner lest, quizen ikke bestått ennå" : "every lesson read, the quiz not passed yet"))
        }
        if cells.contains(where: { $0.state == .completed }) {
            entries.append((nb ? "fullført" : "done", nb ? "alle leksjoner lest og quizen bestått" : "every lesson read and the quiz passed"))
        }
        if cells.contains(where: { $0.attempts > 0 }) {
            entries.append(("N× S%", nb ? "N quizforsøk; S er resultatet på det siste" : "N quiz attempts; S the last attempt's score"))
            if cells.contains(where: { $0.attempts > 0 && attemptsText($0).contains("/") }) {
                entries.append(("N× S%/B%", nb ? "… og B det beste, når det er bedre enn det siste"
                                    : "… and B the best, when it is better than the last"))
            }
            if cells.contains(where: { $0.attempts > 0 && $0.lastScore == nil }) {
                entries.append(("?", nb ? "siste resultat ukjent: eksporten er laget av en eldre versjon"
                                    : "last score unknown: the export was made by an older version"))
            }
        }
        if cells.contains(where: { $0.state == .notStarted }) {
            entries.append(("–", nb ? "ikke startet" : "not started"))
        }
        if cells.contains(where: { $0.state == .locked }) {
            entries.append((nb ? "låst" : "locked", nb ? "bygger på en modul som ikke er fullført" : "builds on a module not completed yet"))
        }
        entries.append((nb ? "fullført k/n" : "completed k/n",
                        nb ? "(siste rad) deltakere som har fullført modulen, av alle" : "(last row) learners who completed the module, of all"))
        if cells.contains(where: { $0.due != nil }) {
            entries.append((nb ? "frist" : "due", nb ? "(rad under overskriften) modulens frist" : "(row under the header) the module's due date"))
            if variedDue {
                entries.append(("≤YYYY-MM-DD", nb ? "deltakerens egen frist, der fristene er ulike (\"ulik\")"
                                    : "the learner's own due date, where due dates vary (\"varies\")"))
            }
            entries.append(("!", nb ? "på overtid: fristen er passert og modulen ikke fullført (per \(report.today))"
                                : "overdue: past the due date and not completed (as of \(report.today))"))
        }
        if report.hasConversations {
            entries.append((nb ? "øving k/n" : "practice k/n",
                            nb ? "øvingssamtaler med en avslutning nådd, av alle i modulene som vises"
                                : "practice conversations with an ending reached, of all in the modules shown"))
        }
        entries.append((nb ? "sist aktiv" : "last active", nb ? "dagen for deltakerens siste aktivitet i kurset"
                            : "the day of the learner's latest activity in the course"))
        let width = entries.map(\.0.count).max() ?? 0
        return [nb ? "Forklaring:" : "Key:"]
            + entries.map { "  " + $0.0.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + $0.1 }
    }
}
