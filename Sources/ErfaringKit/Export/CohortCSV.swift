import Foundation

/// The cohort report as CSV: one row per learner × module, with the quiz attempts and the last
/// and best score, the last activity, the due date, the overdue flag and the practice
/// conversations completed of the module's.
public enum CohortCSV {
    public static let header = [
        "learner_id", "learner_name", "module_id", "module_title", "state", "lessons_done", "lessons_total",
        "quiz_attempts", "last_score", "best_score", "last_activity", "due", "overdue",
        "conversations_completed", "conversations_total",
    ]

    public static func render(_ report: CohortReport, dialect: CSVWriter.Dialect = .comma) -> String {
        var rows: [[String]] = []
        for row in report.rows {
            for cell in row.cells {
                rows.append([
                    row.learner.id, row.learner.name ?? "", cell.moduleID,
                    report.modules.first { $0.id == cell.moduleID }?.title ?? cell.moduleID, cell.state.rawValue,
                    String(cell.lessonsDone), String(cell.lessonsTotal), String(cell.attempts),
                    cell.lastScore.map(dialect.decimal) ?? "", cell.bestScore.map(dialect.decimal) ?? "",
                    cell.lastActivityAt.map(XAPIExporter.timestamp) ?? "", cell.due ?? "", cell.overdue ? "yes" : "no",
                    String(cell.conversationsCompleted), String(cell.conversationsTotal),
                ])
            }
        }
        return CSVWriter.render(header: header, rows: rows, dialect: dialect)
    }

    /// One learner's export as CSV, without an assignment filter.
    public static func render(_ exports: [ProgressExport], curriculum: Curriculum, today: String, language: Language,
                              dialect: CSVWriter.Dialect = .comma) -> String {
        render(CohortReport(curriculum: curriculum, learners: exports.map(LearnerProgress.init(export:)),
                            assignment: nil, today: today, language: language), dialect: dialect)
    }
}
