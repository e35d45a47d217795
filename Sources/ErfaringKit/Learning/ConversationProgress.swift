import Foundation

/// The current play-through of a practice conversation, as stored: the node to resume at and
/// the options chosen so far. After an ending it stays, at the ending, until the next start.
public struct ConversationPlay: Hashable, Sendable {
    public var moduleID: ModuleID
    public var conversationID: ConversationID
    /// The node the learner is at: a decision to answer, or the ending reached.
    public var nodeID: String
    /// The ids of the options chosen since the start, in order.
    public var path: [String]
    public var startedAt: Date
    public var updatedAt: Date

    public init(moduleID: ModuleID, conversationID: ConversationID, nodeID: String, path: [String],
                startedAt: Date, updatedAt: Date) {
        self.moduleID = moduleID
        self.conversationID = conversationID
        self.nodeID = nodeID
        self.path = path
        self.startedAt = startedAt
        self.updatedAt = updatedAt
    }
}

/// An ending of a practice conversation the learner has reached, at least once.
public struct ReachedEnding: Hashable, Sendable {
    public var conversationID: ConversationID
    public var endingID: String
    /// The ending's kind as it was stored ("skill", "mixed" or "mistake"); nil for a kind this
    /// version does not know.
    public var kind: EndingKind?
    public var firstReachedAt: Date
    /// How many play-throughs ended here.
    public var times: Int

    public init(conversationID: ConversationID, endingID: String, kind: EndingKind?, firstReachedAt: Date, times: Int) {
        self.conversationID = conversationID
        self.endingID = endingID
        self.kind = kind
        self.firstReachedAt = firstReachedAt
        self.times = times
    }
}
