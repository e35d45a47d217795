/// An id from the course files, typed by what it names, so that a lesson's or a question's id
/// cannot be passed where a module's is meant. Encoded as its plain string.
public protocol StringIdentifier: RawRepresentable, Hashable, Comparable, Sendable, Codable, ExpressibleByStringLiteral,
    CustomStringConvertible where RawValue == String {
    init(rawValue: String)
}

extension StringIdentifier {
    public init(_ rawValue: String) { self.init(rawValue: rawValue) }
    public init(stringLiteral value: String) { self.init(rawValue: value) }
    public var description: String { rawValue }
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }

    public init(from decoder: any Decoder) throws {
        self.init(rawValue: try decoder.singleValueContainer().decode(String.self))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}

/// A module's id as its course file gives it (`recovery-basics`).
public struct ModuleID: StringIdentifier {
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
}

/// A lesson's id, unique within its module.
public struct LessonID: StringIdentifier {
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
}

/// A quiz question's id, unique within its module.
public struct QuestionID: StringIdentifier {
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
}

/// A practice conversation's id, unique within its module.
public struct ConversationID: StringIdentifier {
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
}

extension Module {
    /// The module's id, typed.
    public var moduleID: ModuleID { ModuleID(id.value) }
}

extension Lesson {
    /// The lesson's id, typed.
    public var lessonID: LessonID { LessonID(id.value) }
}

extension Question {
    /// The question's id, typed.
    public var questionID: QuestionID { QuestionID(id.value) }
}

extension Conversation {
    /// The conversation's id, typed.
    public var conversationID: ConversationID { ConversationID(id.value) }
}
