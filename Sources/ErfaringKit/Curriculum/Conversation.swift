/// The practice conversations of one module, read from `Conversations/<module-id>.yaml`.
public struct ConversationFile: Hashable, Sendable {
    public var module: Located<String>
    public var conversations: [Conversation]
    /// The display path of the file.
    public var file: String
    /// Where the `conversations:` key is written, for messages about the list as a whole.
    public var conversationsLocation: SourceLocation?
}

/// A branching role-play: someone speaks, the learner picks what to say, and the choice leads
/// to the next node until an ending, which names the skill and the lesson to read.
public struct Conversation: Hashable, Sendable {
    public var id: Located<String>
    /// The objective of the module the conversation practises.
    public var objective: Located<String>
    /// Whether the module counts as complete only when an ending of this conversation is reached.
    public var required: Bool
    /// Shown before the conversation starts, with the choice to wait (heavy themes).
    public var contentNote: LocalizedText?
    public var title: LocalizedText
    /// The situation, shown once before the first line.
    public var setting: LocalizedText
    public var people: [ConversationPerson]
    /// The id of the first node.
    public var start: Located<String>
    public var nodes: [ConversationNode]
    public var location: SourceLocation

    /// The node with the given id.
    public func node(_ id: String) -> ConversationNode? { nodes.first { $0.id.value == id } }

    /// The node the conversation begins at.
    public var startNode: ConversationNode? { node(start.value) }

    /// The ending nodes, in file order.
    public var endings: [ConversationNode] { nodes.filter(\.isEnding) }

    /// The decision nodes, in file order.
    public var decisions: [ConversationNode] { nodes.filter { !$0.isEnding } }

    /// The person with the given id.
    public func person(_ id: String) -> ConversationPerson? { people.first { $0.id.value == id } }

    /// Who says a node's line: its `speaker`, or the only person when there is one.
    public func speaker(of node: ConversationNode) -> ConversationPerson? {
        if let speaker = node.speaker { return person(speaker.value) }
        return people.count == 1 ? people.first : nil
    }
}

/// Someone the learner talks with.
public struct ConversationPerson: Hashable, Sendable {
    public var id: Located<String>
    /// How the speaker is labelled in the conversation.
    public var name: LocalizedText
}

/// One step of a conversation: a decision (a line and the learner's options) or an ending.
public struct ConversationNode: Hashable, Sendable {
    public enum Content: Hashable, Sendable {
        /// Someone speaks and the learner chooses one of the options.
        case decision(options: [ConversationOption])
        /// The conversation ends here, with a debrief that names the skill and the lesson.
        case ending(kind: EndingKind, title: LocalizedText, debrief: LocalizedText, lesson: Located<String>)
    }

    public var id: Located<String>
    /// The person who speaks (may be left out when the conversation has one person).
    public var speaker: Located<String>?
    /// What is said: always present on a decision, an optional last line on an ending.
    public var says: LocalizedText?
    public var content: Content

    public var isEnding: Bool {
        if case .ending = content { return true }
        return false
    }

    /// The learner's options (none at an ending).
    public var options: [ConversationOption] {
        if case .decision(let options) = content { return options }
        return []
    }

    /// The kind of ending, nil for a decision.
    public var endingKind: EndingKind? {
        if case .ending(let kind, _, _, _) = content { return kind }
        return nil
    }

    /// The option with the given id.
    public func option(_ id: String) -> ConversationOption? { options.first { $0.id.value == id } }
}

/// Something the learner can say or do at a decision.
public struct ConversationOption: Hashable, Sendable {
    public var id: Located<String>
    public var text: LocalizedText
    /// Shown right after the choice.
    public var feedback: LocalizedText
    /// What the choice costs or wins, if the author says.
    public var note: LocalizedText?
    /// The node the option leads to.
    public var next: Located<String>
    /// A deliberate "try again" loop back: only such options may close a cycle.
    public var isRetry: Bool
}

/// How an ending reads: the skill shown well, a common mistake, or something in between.
public enum EndingKind: String, CaseIterable, Hashable, Sendable, Codable {
    case skill, mistake, mixed
}
