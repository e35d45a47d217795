/// The course as `Curriculum/course.yaml` describes it.
public struct Course: Hashable, Sendable {
    public var id: Located<String>
    /// The curriculum's own version (`version:`), shown by `erfaring --version`; optional.
    public var version: Located<String>? = nil
    public var title: LocalizedText
    public var summary: LocalizedText
    public var languages: [Language]
    /// Module ids in the order they are shown.
    public var moduleOrder: [Located<String>]
    public var competenceAreas: [CompetenceArea]
    public var readiness: Readiness
    public var glossary: [GlossaryEntry]
    /// Emergency and help numbers, in the order the help screen shows them.
    public var helpLines: [HelpLine]
    public var minimums: ContentMinimums?
}

/// An emergency or help number, as the course lists it for the shell's help screen.
///
/// The numbers live in the curriculum rather than in code, so an organisation can change them.
public struct HelpLine: Hashable, Sendable {
    public var id: Located<String>
    /// Who answers: `Legevakt`, `Mental Helse's hjelpetelefon`.
    public var name: LocalizedText
    /// The number as it is dialled and written in Norway: digits in groups, `116 117`.
    public var number: Located<String>
    /// When to call it.
    public var when: LocalizedText
    /// Where the number was checked, for authors; not shown to learners.
    public var source: String?
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
