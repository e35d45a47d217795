import Foundation

/// A practice conversation in which the learner has reached at least one ending, as it leaves the
/// machine: which endings and when each was first reached. The path taken and the choices made
/// stay on the machine.
public struct ConversationSummary: Hashable, Sendable, Codable {
    /// An ending reached, with its kind as the curriculum names it now.
    public struct Ending: Hashable, Sendable, Codable {
        public var id: String
        public var kind: EndingKind
        public var firstReachedAt: Date

        public init(id: String, kind: EndingKind, firstReachedAt: Date) {
            self.id = id
            self.kind = kind
            self.firstReachedAt = firstReachedAt
        }
    }

    public var conversationID: String
    /// In the order first reached (ties by id); never empty.
    public var endings: [Ending]

    public init(conversationID: String, endings: [Ending]) {
        self.conversationID = conversationID
        self.endings = endings
    }

    /// A conversation counts as completed when any ending is reached.
    public var isCompleted: Bool { !endings.isEmpty }

    /// The ending kind of `endingID` in the module's conversation, when the curriculum still has
    /// both (an ending the course no longer has is left out, like a lesson it no longer has).
    static func kind(of endingID: String?, conversation conversationID: String?, module moduleID: String,
                     in curriculum: Curriculum) -> EndingKind? {
        guard let endingID, let conversationID,
              let conversation = curriculum.conversation(conversationID, in: moduleID) else { return nil }
        return kind(of: endingID, in: conversation)
    }

    /// The kind of the ending `endingID` of `conversation`, nil when it has no such ending.
    static func kind(of endingID: String, in conversation: Conversation) -> EndingKind? {
        for node in conversation.nodes where node.id.value == endingID {
            if case .ending(let kind, _, _, _) = node.content { return kind }
        }
        return nil
    }

    /// Summaries in the order of the module's conversations, from endings first reached (any
    /// order), keeping only conversations and endings the curriculum still has.
    static func make(module: Module, curriculum: Curriculum,
                     reached: [(conversationID: String, endingID: String, at: Date)]) -> [ConversationSummary] {
        var byConversation: [String: [String: Date]] = [:]
        for entry in reached where kind(of: entry.endingID, conversation: entry.conversationID,
                                         module: module.id.value, in: curriculum) != nil {
            let earlier = byConversation[entry.conversationID]?[entry.endingID]
            byConversation[entry.conversationID, default: [:]][entry.endingID] = min(earlier ?? entry.at, entry.at)
        }
        return curriculum.conversations(for: module.id.value).compactMap { conversation in
            let id = conversation.id.value
            guard let endings = byConversation[id], !endings.isEmpty else { return nil }
            // A plain loop: Swift 6.3's optimizer crashes on the same as a closure (CopyPropagation).
            var sorted: [Ending] = []
            for (endingID, at) in endings {
                guard let kind = Self.kind(of: endingID, in: conversation) else { continue }
                sorted.append(Ending(id: endingID, kind: kind, firstReachedAt: at))
            }
            sorted.sort { ($0.firstReachedAt, $0.id) < ($1.firstReachedAt, $1.id) }
            return ConversationSummary(conversationID: id, endings: sorted)
        }
    }
}
