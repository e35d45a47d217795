import Foundation

/// The words of the competence statement, in both languages.
struct SummaryWords {
    var language: Language
    private func t(_ nb: String, _ en: String) -> String { language == .nb ? nb : en }

    var heading: String { t("Kompetanseoversikt", "Competence statement") }
    var version: String { t("versjon", "version") }
    var competences: String { t("Kompetanse vist i kurset", "Competences shown in the course") }
    var noneShown: String {
        t("Ingen mål er vist ennå: det skjer når quizen i en modul er bestått.",
          "No objectives shown yet: that happens when a module's quiz is passed.")
    }
    var modules: String { t("Fullførte moduler", "Completed modules") }
    var module: String { t("Modul", "Module") }
    var completedOn: String { t("Fullført", "Completed") }
    var bestQuiz: String { t("Beste quiz", "Best quiz") }
    var attemptsHeading: String { t("Forsøk", "Attempts") }
    var noneCompleted: String { t("Ingen moduler er fullført ennå.", "No modules completed yet.") }
    var timeStudied: String { t("Tid brukt på kurset", "Time spent studying") }
    var timeMethod: String {
        t("Målt fra loggen i programmet: tiden fra hver handling til den neste, der pauser over 10 minutter ikke er regnet med.",
          "Measured from the program's log: the time from each action to the next, with pauses over 10 minutes not counted.")
    }
    var aboutHeading: String { t("Om kurset", "About the course") }
    /// What the course is not, after the course's own summary.
    var isNot: String {
        t("Hver modul avsluttes med en quiz. Kurset er ikke en autorisasjon og ikke en formell kvalifikasjon, og det "
          + "erstatter ikke opplæring på arbeidsplassen; en arbeidsgiver eller organisasjon kan legge sitt eget kurs til.",
          "Each module ends with a quiz. The course is not an authorisation and not a formal qualification, and it does "
          + "not replace training at work; an employer or organisation may add its own course to it.")
    }

    func attempts(_ count: Int) -> String { t("\(count) forsøk", count == 1 ? "1 attempt" : "\(count) attempts") }

    func completedNote(_ done: Int, of total: Int) -> String {
        t("\(done) av \(total) moduler fullført (alle leksjonene lest og quizen bestått).",
          "\(done) of \(total) modules completed (every lesson read and the quiz passed).")
    }

    func evidence(_ evidence: ObjectiveEvidence) -> String {
        let first = HTMLPages.day(evidence.firstAt)
        let latest = HTMLPages.day(evidence.latestAt)
        let count = evidence.passedQuestions
        let questions = t("\(count) quizspørsmål riktig", count == 1 ? "1 quiz question right" : "\(count) quiz questions right")
        return first == latest ? "\(questions), \(first)" : "\(questions), \(first) – \(latest)"
    }

    /// `4 t 5 min` / `4 h 5 min`, minutes alone under an hour, `under 1 min` below half a minute.
    func duration(_ seconds: TimeInterval) -> String {
        let minutes = Int((seconds / 60).rounded())
        guard minutes > 0 else { return t("under 1 min", "under 1 min") }
        guard minutes >= 60 else { return "\(minutes) min" }
        let rest = minutes % 60
        return t("\(minutes / 60) t", "\(minutes / 60) h") + (rest == 0 ? "" : " \(rest) min")
    }

    /// The facilitator's line from the imported assignment: cohort, due dates, contact.
    func facilitatorLine(_ assignment: Assignment) -> String {
        var parts = [t("Kull", "Cohort") + ": " + assignment.cohort]
        let dues = assignment.items.map(\.due).sorted()
        if let first = dues.first, let last = dues.last {
            parts.append(t("frister", "due dates") + " " + (first == last ? first : "\(first) – \(last)"))
        }
        if let contact = assignment.contact, !contact.isEmpty { parts.append(t("kontakt", "contact") + ": " + contact) }
        return parts.joined(separator: " · ")
    }

    /// "kan forklare …" → "Kan forklare …", for a list item.
    func capitalised(_ text: String) -> String {
        text.prefix(1).uppercased() + text.dropFirst()
    }
}
