import ErfaringKit
import Foundation

extension Shell {
    /// Marks the moment a module becomes complete, at the step that completed it: what was done,
    /// the best score, the modules now open, the review questions it added, and the summary page
    /// for a job application; a completed course says so. Fits an 80×24 window (about 10 lines).
    /// - Returns: whether the module became complete with this step (and the moment was shown).
    @discardableResult
    func showModuleEnd(_ moduleID: String, wasCompleted: Bool) throws -> Bool {
        guard let profile, let module = curriculum.module(moduleID) else { return false }
        let found = try storeCall { () throws(StoreError) in
            try ModuleCompletion.moment(of: moduleID, wasCompleted: wasCompleted, curriculum: curriculum,
                                        store: store, profile: profile.id)
        }
        guard let moment = found else { return false }
        blank()
        terminal.line(style.good(style.bold(strings(.endComplete, [.module: module.title[language]]))))
        paragraph(moment.lessonsRead == 1 ? strings(.endDoneOne) : strings(.endDone, [.count: String(moment.lessonsRead)]))
        terminal.line(style.dim(strings(.quizHistory, [
            .attempts: String(moment.attempts), .best: strings.percent(moment.bestScore ?? 0)])))
        let practice = curriculum.conversations(for: moduleID).filter { moment.practiceDone.contains($0.id.value) }
        if !practice.isEmpty {
            paragraph(strings(.endPractice, [.title: practice.map { "«\($0.title[language])»" }.joined(separator: ", ")]))
        }
        if !moment.opened.isEmpty {
            let list = moment.opened.compactMap { id in
                curriculum.module(id).map { "\($0.title[language]) (\(openHint(id)))" }
            }
            paragraph(strings(.quizUnlocked, [.modules: list.joined(separator: ", ")]))
        }
        if moment.reviewQuestions > 0, let due = moment.firstReviewDue {
            paragraph(strings.counted(.endReview, moment.reviewQuestions, [.when: strings.relative(due, from: now)]))
        }
        if moment.courseComplete {
            blank()
            strong(strings(.endCourse, [.count: String(moment.modulesTotal)]))
            paragraph(strings(.endCourseSummary))
        } else {
            paragraph(strings(.summaryOffer))
        }
        return true
    }

    /// A paragraph in bold: wrapped first, then painted line by line, so the codes never count as width.
    func strong(_ text: String) {
        for line in style.wrapper.render(text) { terminal.line(style.bold(line)) }
    }
}
