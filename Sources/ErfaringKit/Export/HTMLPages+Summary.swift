import Foundation

extension HTMLPages {
    // MARK: Competence statement

    static let summaryStyle = """
        @page{size:A4;margin:1.2cm 1.4cm}
        body.summary{max-width:46rem;font-size:.95rem;line-height:1.35}
        .summary h2{font-size:1.1rem;margin:1.1rem 0 .3rem;border-bottom:1px solid #1d2733}
        .summary h3{font-size:1rem;margin:.6rem 0 .1rem}
        .summary ul{margin:.1rem 0 .3rem;padding-left:1.1rem}.summary li{margin:.05rem 0}
        .summary .meta{margin:0 0 .8rem}
        .evidence{color:#3d4753;font-size:.85em;white-space:nowrap}
        .facilitator{border:1px solid #1d2733;padding:.3rem .6rem;margin:0 0 .8rem}
        @media print{body.summary{margin:0;max-width:none;font-size:9.5pt}.summary h1{font-size:15pt}
        .summary h2{font-size:11pt}.summary h3{font-size:10pt;break-after:avoid}.summary th,.summary td{padding:.15rem .4rem}}
        """

    /// The learner's competence statement: a one- or two-page A4 document for an employer.
    public static func competenceStatement(_ statement: CompetenceStatement, language: Language) -> String {
        let words = SummaryWords(language: language)
        let title = statement.courseTitle[language]
        var body = "<h1>\(words.heading)</h1>\n"
        body += "<p class=\"meta\"><strong>\(escape(statement.name))</strong> · \(escape(title)) · "
            + "\(words.version) \(escape(statement.courseVersion)) · \(dated(day(statement.date)))</p>\n"
        if let assignment = statement.assignment {
            body += "<p class=\"facilitator\">\(escape(words.facilitatorLine(assignment)))</p>\n"
        }
        body += "<h2>\(words.competences)</h2>\n"
        if statement.areas.isEmpty {
            body += "<p>\(words.noneShown)</p>\n"
        }
        for area in statement.areas {
            body += "<h3>\(escape(area.title[language]))</h3>\n<ul>\n"
            for competence in area.competences {
                body += "<li>\(escape(words.capitalised(Prose.flattened(competence.can[language]))))"
                if statement.options.scores {
                    body += " <span class=\"evidence\">(\(words.evidence(competence.evidence)))</span>"
                }
                body += "</li>\n"
            }
            body += "</ul>\n"
        }
        body += "<h2>\(words.modules)</h2>\n"
        if statement.completed.isEmpty {
            body += "<p>\(words.noneCompleted)</p>\n"
        } else {
            body += "<table>\n<thead><tr><th>\(words.module)</th><th>\(words.completedOn)</th>"
            if statement.options.scores { body += "<th>\(words.bestQuiz)</th><th>\(words.attemptsHeading)</th>" }
            body += "</tr></thead>\n<tbody>\n"
            for module in statement.completed {
                body += "<tr><td>\(escape(module.title[language]))</td><td class=\"date\">\(day(module.completedAt))</td>"
                if statement.options.scores { body += "<td>\(percent(module.bestScore))</td><td>\(module.attempts)</td>" }
                body += "</tr>\n"
            }
            body += "</tbody>\n</table>\n"
        }
        body += "<p>\(words.completedNote(statement.completed.count, of: statement.moduleCount))</p>\n"
        if let seconds = statement.studySeconds {
            body += "<p><strong>\(words.timeStudied): \(words.duration(seconds))</strong>. \(words.timeMethod)</p>\n"
        }
        body += "<h2>\(words.aboutHeading)</h2>\n<p>\(escape(Prose.flattened(statement.courseSummary[language]))) \(words.isNot)</p>\n"
        return page(title: "\(words.heading) · \(statement.name)", language: language, body: body,
                    extraStyle: summaryStyle, bodyClass: "summary")
    }

    /// The same statement as plain text for the terminal; text from files is made terminal-safe.
    public static func competenceStatementText(_ statement: CompetenceStatement, language: Language) -> String {
        let words = SummaryWords(language: language)
        let safe = { (text: String) in TextChecks.terminalSafe(text) }
        var lines = [words.heading, "\(safe(statement.name)) · \(statement.courseTitle[language]) · "
                     + "\(words.version) \(safe(statement.courseVersion)) · \(day(statement.date))"]
        if let assignment = statement.assignment { lines.append(safe(words.facilitatorLine(assignment))) }
        lines += ["", words.competences]
        if statement.areas.isEmpty { lines.append("  " + words.noneShown) }
        for area in statement.areas {
            lines.append("  " + area.title[language])
            for competence in area.competences {
                var line = "  - " + words.capitalised(Prose.flattened(competence.can[language]))
                if statement.options.scores { line += " (\(words.evidence(competence.evidence)))" }
                lines.append(line)
            }
        }
        lines += ["", words.modules]
        if statement.completed.isEmpty { lines.append("  " + words.noneCompleted) }
        for module in statement.completed {
            var line = "  - \(module.title[language]): \(words.completedOn.lowercased()) \(day(module.completedAt))"
            if statement.options.scores {
                line += ", \(words.bestQuiz.lowercased()) \(percent(module.bestScore)), \(words.attempts(module.attempts))"
            }
            lines.append(line)
        }
        lines.append("  " + words.completedNote(statement.completed.count, of: statement.moduleCount))
        if let seconds = statement.studySeconds {
            lines += ["", "\(words.timeStudied): \(words.duration(seconds)). \(words.timeMethod)"]
        }
        lines += ["", words.aboutHeading, Prose.flattened(statement.courseSummary[language]) + " " + words.isNot]
        return lines.joined(separator: "\n") + "\n"
    }
}
