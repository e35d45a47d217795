/// One module: objectives, lessons of typed blocks, and the sources it rests on.
public struct Module: Hashable, Sendable {
    public var id: Located<String>
    public var title: LocalizedText
    public var summary: LocalizedText
    /// Estimated study time in minutes.
    public var minutes: Int
    public var prerequisites: [Located<String>]
    public var objectives: [Objective]
    public var lessons: [Lesson]
    public var sources: [Source]
    /// The display path of the module's file.
    public var file: String

    /// The lesson with the given id.
    public func lesson(_ id: String) -> Lesson? { lessons.first { $0.id.value == id } }
}

/// Something the learner can do after the module.
public struct Objective: Hashable, Sendable {
    public var id: Located<String>
    public var text: LocalizedText
    /// The objective as a competence an employer reads: "kan …" in Norwegian, "can …" in English.
    public var can: LocalizedText

    public init(id: Located<String>, text: LocalizedText, can: LocalizedText) {
        self.id = id
        self.text = text
        self.can = can
    }
}

public struct Lesson: Hashable, Sendable {
    public var id: Located<String>
    public var title: LocalizedText
    /// The objectives this lesson teaches.
    public var objectives: [Located<String>]
    public var blocks: [Block]
    /// A short note shown before the lesson begins, for heavy themes (suicide, overdose,
    /// coercion, foster care, abuse): what the lesson is about, and that it can wait.
    public var contentNote: LocalizedText?

    public init(id: Located<String>, title: LocalizedText, objectives: [Located<String>], blocks: [Block],
                contentNote: LocalizedText? = nil) {
        self.id = id
        self.title = title
        self.objectives = objectives
        self.blocks = blocks
        self.contentNote = contentNote
    }
}

/// One step of a lesson.
public struct Block: Hashable, Sendable {
    public enum Kind: String, CaseIterable, Hashable, Sendable {
        case text, keyPoints = "key-points", vignette, reflection, check, note
    }

    public enum Content: Hashable, Sendable {
        case text(LocalizedText)
        case keyPoints([LocalizedText])
        case vignette(title: LocalizedText, body: LocalizedText)
        case reflection(prompt: LocalizedText)
        case check(Question)
        case note(LocalizedText)
    }

    public var id: Located<String>
    public var content: Content

    public var kind: Kind {
        switch content {
        case .text: return .text
        case .keyPoints: return .keyPoints
        case .vignette: return .vignette
        case .reflection: return .reflection
        case .check: return .check
        case .note: return .note
        }
    }

    /// Every learner-facing text of the block, in reading order.
    public var texts: [LocalizedText] {
        switch content {
        case .text(let body), .note(let body): return [body]
        case .keyPoints(let points): return points
        case .vignette(let title, let body): return [title, body]
        case .reflection(let prompt): return [prompt]
        case .check(let question): return question.texts
        }
    }
}

/// A source a module rests on.
public struct Source: Hashable, Sendable {
    public var id: Located<String>
    public var citation: String
    public var url: String?
}
