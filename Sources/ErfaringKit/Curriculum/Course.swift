/// The course as `Curriculum/course.yaml` describes it.
public struct Course: Hashable, Sendable {
    public var id: Located<String>
    public var title: LocalizedText
    public var summary: LocalizedText
    public var languages: [Language]
    /// Module ids in the order they are shown.
    public var moduleOrder: [Located<String>]
    public var competenceAreas: [CompetenceArea]
    public var readiness: Readiness
    public var glossary: [GlossaryEntry]
    public var minimums: ContentMinimums?
}

/// A group of modules that builds one competence.
public struct CompetenceArea: Hashable, Sendable {
    public var id: Located<String>
    public var title: LocalizedText
    public var modules: [Located<String>]
}

/// The readiness self-assessment: statements rated 1–5, each pointing at a module.
public struct Readiness: Hashable, Sendable {
    public var title: LocalizedText
    public var intro: LocalizedText
    /// Labels for the ratings 1 to 5.
    public var scale: [LocalizedText]
    /// A rating at or below this suggests the item's module.
    public var adviceThreshold: Int
    public var items: [ReadinessItem]
    public var allClear: LocalizedText
    public var closing: LocalizedText
}

public struct ReadinessItem: Hashable, Sendable {
    public var id: Located<String>
    public var statement: LocalizedText
    public var module: Located<String>
    public var advice: LocalizedText
}

/// One glossary term with its definition.
public struct GlossaryEntry: Hashable, Sendable {
    public var id: Located<String>
    public var term: LocalizedText
    public var definition: LocalizedText
    public var modules: [Located<String>]
}

/// Content floors that `lint` checks every module against.
public struct ContentMinimums: Hashable, Sendable {
    public var location: SourceLocation
    public var objectives: Int?
    public var lessons: Int?
    public var lessonWords: Int?
    public var lessonWordsMax: Int?
    public var vignettesPerLesson: Int?
    public var reflectionsPerLesson: Int?
    public var questions: Int?
    public var scenarios: Int?
    public var questionsPerObjective: Int?
    public var sources: Int?
    public var glossaryTerms: Int?
}
