import ArgumentParser
import ErfaringKit
import Foundation

/// `erfaring stats`: content figures per module and language, for authors.
struct Stats: ContextCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show content figures per module and language: words, lessons, questions, coverage, cue score.")

    @Option(help: "Output format: text or json.")
    var format: OutputFormat = .text

    @OptionGroup var options: CurriculumOptions

    func run(_ context: CommandContext) throws {
        let stats = CurriculumStats(try options.load(context))
        switch format {
        case .json:
            context.write(try prettyJSON(stats))
        case .text:
            for line in Self.table(stats) { context.write(line) }
        }
    }

    /// `31% 2/13`: the best surface strategy's mean score, and the single-answer and scenario
    /// questions whose right option is the single longest.
    static func cueCell(_ score: CueScore?, _ language: Language) -> String {
        guard let score, let best = score.best(in: language) else { return "–" }
        let longest = score.rightLongest[language.rawValue] ?? 0
        return "\(Int((best.meanScore * 100).rounded()))% \(longest)/\(score.singleAnswerQuestions)"
    }

    static func table(_ stats: CurriculumStats) -> [String] {
        // One column per question kind, in the order of `Question.Kind.allCases`, as `kinds` below.
        let header = ["module", "lang", "words", "lesson min–max", "lessons", "vignettes", "reflections",
                      "objectives", "questions"] + Question.Kind.allCases.map(\.rawValue)
            + ["min q/objective", "sources", "cue score"]
        var rows: [[String]] = []
        for figures in stats.modules + [stats.totals] {
            for language in Language.allCases {
                let words = figures.languages[language.rawValue]
                let kinds = Question.Kind.allCases.map { String(figures.questionsByKind[$0.rawValue] ?? 0) }
                // Module ids come from files: shown through the one terminal-safe function.
                rows.append([TextChecks.terminalSafe(figures.id), language.rawValue, String(words?.words ?? 0),
                             "\(words?.shortestLesson ?? 0)–\(words?.longestLesson ?? 0)",
                             String(figures.lessons), String(figures.vignettes), String(figures.reflections),
                             String(figures.objectives), String(figures.questions)] + kinds
                            + [String(figures.fewestQuestionsPerObjective), String(figures.sources),
                               Self.cueCell(figures.cueScore, language)])
            }
        }
        return aligned(header, rows, leftColumns: 2) + [
            "", "glossary terms: \(stats.glossaryTerms)", "readiness items: \(stats.readinessItems)",
        ] + conversationTable(stats)
    }

    /// Practice conversations per module: conversations, nodes, endings (skill/mixed/mistake).
    static func conversationTable(_ stats: CurriculumStats) -> [String] {
        let header = ["module", "conversations", "nodes", "endings", "skill/mixed/mistake"]
        let rows = (stats.modules + [stats.totals]).map { figures in
            let talk = figures.conversations
            let kinds = [EndingKind.skill, .mixed, .mistake]
                .map { String(talk.endingsByKind[$0.rawValue] ?? 0) }.joined(separator: "/")
            return [TextChecks.terminalSafe(figures.id), String(talk.conversations), String(talk.nodes),
                    String(talk.endings), kinds]
        }
        // Indented under its heading, so that no line of it begins with a module id as the
        // rows of the main table do.
        return ["", "practice conversations:"] + aligned(header, rows, leftColumns: 1).map { "  " + $0 }
    }

    /// The header and rows in columns: the first `leftColumns` padded on the right, the rest
    /// (numbers) on the left.
    static func aligned(_ header: [String], _ rows: [[String]], leftColumns: Int) -> [String] {
        let widths = header.indices.map { column in
            ([header[column]] + rows.map { $0[column] }).map(\.count).max() ?? 0
        }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { index, cell in
                index < leftColumns ? cell.padding(toLength: widths[index], withPad: " ", startingAt: 0)
                    : String(repeating: " ", count: widths[index] - cell.count) + cell
            }.joined(separator: "  ")
        }
        return [line(header)] + rows.map(line)
    }
}
