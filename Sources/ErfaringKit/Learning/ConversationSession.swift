import Foundation

/// Playing one practice conversation: where it starts or resumes (the stored node), the node to
/// show, what a chosen option leads to (feedback, note, the next node or an ending), the path
/// taken and a replay. Every choice is stored before its feedback is returned. The shell only
/// shows and reads.
public struct ConversationSession {
    /// One step of the path: the decision node and the option chosen there.
    public struct Step: Hashable, Sendable {
        public var node: ConversationNode
        public var option: ConversationOption
    }

    /// What a typed option number came to.
    public enum Outcome: Hashable, Sendable {
        /// Stored: the option (its feedback and note), and the node it leads to, which is an
        /// ending when `next.isEnding`.
        case chosen(option: ConversationOption, next: ConversationNode)
        /// No option has that number; nothing was stored.
        case noSuchOption(count: Int)
        /// The conversation is at an ending; there is nothing to choose (replay to play again).
        case ended
        /// Another window chose or started again meanwhile: nothing of this choice was stored,
        /// and the session now stands where the store says.
        case movedOn
    }

    public let module: Module
    public let conversation: Conversation
    public let profileID: String
    /// The node the learner is at: a decision, or the ending reached.
    public private(set) var node: ConversationNode
    /// The options chosen since the start, in order.
    public private(set) var path: [Step]
    /// Whether the session took up a play-through left at a decision (rather than starting).
    public private(set) var resumed: Bool
    /// Whether a play-through left at a decision could not be resumed (the conversation was
    /// edited since, or its stored path no longer reads) and this session began anew: the
    /// learner is told, never left to wonder where their place went.
    public private(set) var startedAnew = false
    private let store: ProgressStore
    private let environment: LearningEnvironment

    /// Resumes the stored play-through when it stands at a decision that still exists and its
    /// path still leads there; otherwise (never played, ended, or the conversation changed)
    /// starts a new one. `restart` always starts a new one.
    public init(module: Module, conversation: Conversation, profile: String, store: ProgressStore,
                environment: LearningEnvironment, restart: Bool = false) throws(StoreError) {
        self.module = module
        self.conversation = conversation
        self.profileID = profile
        self.store = store
        self.environment = environment
        guard let start = conversation.startNode else {
            throw StoreError.notFound("the first node of conversation '\(conversation.id.value)'")
        }
        node = start
        path = []
        resumed = false
        let left = restart ? nil : try store.conversationPlay(profile: profile, module: module.moduleID,
                                                               conversation: conversation.conversationID)
        if let left, let stored = Self.walk(left, in: conversation), !stored.node.isEnding {
            node = stored.node
            path = stored.path
            resumed = !stored.path.isEmpty
        } else {
            if let left { startedAnew = conversation.node(left.nodeID)?.isEnding != true }
            try begin()
        }
    }

    /// Whether a session made now would resume a play-through left at a decision (so the shell
    /// shows no content note before it), rather than start a new one.
    public static func wouldResume(module: Module, conversation: Conversation, profile: String,
                                   store: ProgressStore) throws(StoreError) -> Bool {
        guard let stored = try storedPlay(conversation, profile: profile, module: module, store: store) else { return false }
        return !stored.node.isEnding
    }

    /// The stored play-through, walked from the start along its chosen options: nil when there
    /// is none or the walk no longer ends at the stored node.
    private static func storedPlay(_ conversation: Conversation, profile: String, module: Module,
                                   store: ProgressStore) throws(StoreError) -> (node: ConversationNode, path: [Step])? {
        try store.conversationPlay(profile: profile, module: module.moduleID, conversation: conversation.conversationID)
            .flatMap { walk($0, in: conversation) }
    }

    /// A play-through walked from the start along its chosen options: nil when the walk no
    /// longer ends at its stored node.
    private static func walk(_ play: ConversationPlay, in conversation: Conversation) -> (node: ConversationNode, path: [Step])? {
        guard var node = conversation.startNode else { return nil }
        var steps: [Step] = []
        for optionID in play.path {
            guard let option = node.option(optionID), let next = conversation.node(option.next.value) else { return nil }
            steps.append(Step(node: node, option: option))
            node = next
        }
        return node.id.value == play.nodeID ? (node, steps) : nil
    }

    /// Starts a new play-through at the first node (a `conversation-started` event).
    private mutating func begin() throws(StoreError) {
        guard let start = conversation.startNode else { return }
        try store.startConversation(profile: profileID, module: module.moduleID,
                                    conversation: conversation.conversationID, at: start.id.value, date: environment.now())
        node = start
        path = []
        resumed = false
    }

    /// Plays the conversation again from the start, to find another ending; the endings
    /// reached so far stay.
    public mutating func replay() throws(StoreError) { try begin() }

    /// Whether the conversation is at an ending.
    public var isEnded: Bool { node.isEnding }

    /// Who says the current node's line.
    public var speaker: ConversationPerson? { conversation.speaker(of: node) }

    /// Chooses the option with this 1-based number at the current decision. The choice (and an
    /// ending it reaches) is stored before this returns.
    public mutating func choose(_ number: Int) throws(StoreError) -> Outcome {
        guard !node.isEnding else { return .ended }
        let options = node.options
        // Compared before subtracting: `Int.min - 1` would stop the program.
        guard number >= 1, number <= options.count else {
            return .noSuchOption(count: options.count)
        }
        let option = options[number - 1]
        guard let next = conversation.node(option.next.value) else {
            throw StoreError.notFound("node '\(option.next.value)' of conversation '\(conversation.id.value)'")
        }
        let stored = try store.recordConversationChoice(
            profile: profileID, module: module.moduleID, conversation: conversation.conversationID,
            node: node.id.value, option: option.id.value, next: next.id.value, ending: next.endingKind,
            date: environment.now())
        guard stored else {
            try reload()
            return .movedOn
        }
        path.append(Step(node: node, option: option))
        node = next
        return .chosen(option: option, next: next)
    }

    /// Takes up what the store holds now (after another window moved the play-through on).
    private mutating func reload() throws(StoreError) {
        if let stored = try Self.storedPlay(conversation, profile: profileID, module: module, store: store) {
            node = stored.node
            path = stored.path
        } else {
            try begin()
        }
    }

    /// The lesson an ending points to, with its 0-based index in the module.
    public var endingLesson: (index: Int, lesson: Lesson)? {
        guard case .ending(_, _, _, let lessonID) = node.content,
              let index = module.lessons.firstIndex(where: { $0.id.value == lessonID.value }) else { return nil }
        return (index, module.lessons[index])
    }

    /// The endings of `conversation` among `reached` ending ids, in file order (ids of endings
    /// no longer in the conversation do not count).
    public static func reachedEndings(of conversation: Conversation, among reached: Set<String>) -> [ConversationNode] {
        conversation.endings.filter { reached.contains($0.id.value) }
    }
}
