import Foundation

extension ProgressExport {
    /// The export of `profile` as of `now`, every part read from one snapshot of `store`: a quiz
    /// another window finishes meanwhile is in every part or in none. Reflections and
    /// self-assessment answers only with `includePrivate`; the learner's name only with `includeName`.
    public static func make(from store: ProgressStore, profile: Profile, curriculum: Curriculum,
                            includeName: Bool, includePrivate: Bool, at now: Date) throws -> ProgressExport {
        try store.consistentRead {
            let snapshot = try store.snapshot(profile: profile.id, at: now)
            var privateData: PrivateData?
            if includePrivate {
                let reflections = try store.reflections(profile: profile.id)
                let readiness = try store.readiness(profile: profile.id)
                privateData = .init(reflections: reflections.reversed().map {
                    .init(moduleID: $0.moduleID, lessonID: $0.lessonID, writtenAt: $0.writtenAt, text: $0.text)
                }, readiness: readiness)
            }
            return ProgressExport(curriculum: curriculum, profile: profile,
                                  summaries: try store.moduleSummaries(profile: profile.id, curriculum: curriculum),
                                  assignments: snapshot.assignments, dueReviews: snapshot.dueReviews,
                                  includeName: includeName, privateData: privateData,
                                  firstAttempts: try store.firstAttempts(profile: profile.id, curriculum: curriculum),
                                  at: now)
        }
    }
}
