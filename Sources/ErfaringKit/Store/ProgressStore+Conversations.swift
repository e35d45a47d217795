import Foundation
import GRDB

extension ProgressStore {
    /// Starts a new play-through of a conversation at its first node: a `conversation-started`
    /// event, and the play-through replaced (a replay forgets the previous path; the endings
    /// reached stay).
    public func startConversation(profile: String, module: ModuleID, conversation: ConversationID, at node: String,
                                  date: Date) throws(StoreError) {
        try write { db in
            try db.execute(sql: """
                INSERT OR REPLACE INTO conversation_progress
                    (profile_id, module_id, conversation_id, node_id, path, started_at, updated_at)
                VALUES (?, ?, ?, ?, '[]', ?, ?)
                """, arguments: [profile, module, conversation, node, date.timeIntervalSince1970, date.timeIntervalSince1970])
            try append(db, profile: profile, kind: .conversationStarted, at: date, module: module,
                       item: conversation.rawValue, payload: .init(conversationID: conversation.rawValue))
        }
    }

    /// Records the option chosen at `node`, which leads to `next`; when `next` is an ending
    /// (`ending` gives its kind), the ending is recorded in the same transaction. Returns false,
    /// and writes nothing, when the stored play-through is not at `node` (another window chose
    /// or started again meanwhile): the caller reads the play-through again.
    @discardableResult
    public func recordConversationChoice(profile: String, module: ModuleID, conversation: ConversationID,
                                         node: String, option: String, next: String, ending: EndingKind?,
                                         date: Date) throws(StoreError) -> Bool {
        try write { db in
            guard let row = try ConversationProgressRecord.fetchOne(db, sql: """
                SELECT * FROM conversation_progress WHERE profile_id = ? AND module_id = ? AND conversation_id = ?
                """, arguments: [profile, module, conversation]), row.nodeID == node else { return false }
            let path = row.pathValues + [option]
            try db.execute(sql: """
                UPDATE conversation_progress SET node_id = ?, path = ?, updated_at = ?
                WHERE profile_id = ? AND module_id = ? AND conversation_id = ?
                """, arguments: [next, Self.json(path), date.timeIntervalSince1970, profile, module, conversation])
            try append(db, profile: profile, kind: .conversationChoice, at: date, module: module,
                       item: conversation.rawValue,
                       payload: .init(conversationID: conversation.rawValue, nodeID: node, optionID: option,
                                      nextNodeID: next))
            guard let ending else { return true }
            try db.execute(sql: """
                INSERT INTO conversation_ending
                    (profile_id, module_id, conversation_id, ending_id, ending_kind, first_reached_at, times)
                VALUES (?, ?, ?, ?, ?, ?, 1)
                ON CONFLICT (profile_id, module_id, conversation_id, ending_id)
                DO UPDATE SET times = times + 1, ending_kind = excluded.ending_kind
                """, arguments: [profile, module, conversation, next, ending.rawValue, date.timeIntervalSince1970])
            try append(db, profile: profile, kind: .conversationEnded, at: date, module: module,
                       item: conversation.rawValue,
                       payload: .init(conversationID: conversation.rawValue, endingID: next,
                                      endingKind: ending.rawValue))
            return true
        }
    }

    /// The current play-through of a conversation, nil when it was never started.
    public func conversationPlay(profile: String, module: ModuleID,
                                 conversation: ConversationID) throws(StoreError) -> ConversationPlay? {
        try read { db in
            try ConversationProgressRecord.fetchOne(db, sql: """
                SELECT * FROM conversation_progress WHERE profile_id = ? AND module_id = ? AND conversation_id = ?
                """, arguments: [profile, module, conversation])?.play
        }
    }

    /// The endings reached in a module's conversations (all modules when `module` is nil), by
    /// conversation, in the order first reached.
    public func reachedEndings(profile: String,
                               module: ModuleID?) throws(StoreError) -> [ModuleID: [ConversationID: [ReachedEnding]]] {
        try read { db in try Self.reachedEndings(db, profile: profile, module: module) }
    }

    static func reachedEndings(_ db: Database, profile: String,
                               module: ModuleID?) throws -> [ModuleID: [ConversationID: [ReachedEnding]]] {
        let rows = try ConversationEndingRecord.fetchAll(db, sql: """
            SELECT * FROM conversation_ending WHERE profile_id = ? AND (? IS NULL OR module_id = ?)
            ORDER BY first_reached_at, ending_id
            """, arguments: [profile, module, module])
        var result: [ModuleID: [ConversationID: [ReachedEnding]]] = [:]
        for row in rows {
            result[ModuleID(row.moduleID), default: [:]][ConversationID(row.conversationID), default: []].append(row.ending)
        }
        return result
    }

    private static func json(_ path: [String]) throws -> String {
        String(decoding: try encoder.encode(path), as: UTF8.self)
    }
}

/// A row of `conversation_progress`.
struct ConversationProgressRecord: StoreRecord {
    static let databaseTableName = "conversation_progress"
    var moduleID: String
    var conversationID: String
    var nodeID: String
    var path: String
    var startedAt: Date
    var updatedAt: Date

    enum CodingKeys: String, CodingKey {
        case moduleID = "module_id", conversationID = "conversation_id", nodeID = "node_id", path
        case startedAt = "started_at", updatedAt = "updated_at"
    }

    /// The chosen option ids; a path that does not decode (damaged by hand) reads as empty.
    var pathValues: [String] { (try? JSONDecoder().decode([String].self, from: Data(path.utf8))) ?? [] }

    var play: ConversationPlay {
        ConversationPlay(moduleID: ModuleID(moduleID), conversationID: ConversationID(conversationID), nodeID: nodeID,
                         path: pathValues, startedAt: startedAt, updatedAt: updatedAt)
    }
}

/// A row of `conversation_ending`.
struct ConversationEndingRecord: StoreRecord {
    static let databaseTableName = "conversation_ending"
    var moduleID: String
    var conversationID: String
    var endingID: String
    var endingKind: String
    var firstReachedAt: Date
    var times: Int

    enum CodingKeys: String, CodingKey {
        case moduleID = "module_id", conversationID = "conversation_id", endingID = "ending_id"
        case endingKind = "ending_kind", firstReachedAt = "first_reached_at", times
    }

    var ending: ReachedEnding {
        ReachedEnding(conversationID: ConversationID(conversationID), endingID: endingID,
                      kind: EndingKind(rawValue: endingKind), firstReachedAt: firstReachedAt, times: times)
    }
}
