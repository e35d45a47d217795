import GRDB

extension ProgressStore {
    /// Every migration this version knows, in order. A database with a migration it has not
    /// registered is from a newer version (GRDB's `hasBeenSuperseded(_:)`).
    static let migrator: DatabaseMigrator = {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(sql: """
                CREATE TABLE profile (
                    id TEXT PRIMARY KEY,
                    name TEXT NOT NULL,
                    language TEXT NOT NULL,
                    createdAt DOUBLE NOT NULL
                );
                CREATE TABLE setting (key TEXT PRIMARY KEY, value TEXT NOT NULL);
                CREATE TABLE event (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    profileID TEXT NOT NULL REFERENCES profile(id),
                    occurredAt DOUBLE NOT NULL,
                    kind TEXT NOT NULL,
                    moduleID TEXT,
                    itemID TEXT,
                    payload TEXT NOT NULL
                );
                CREATE INDEX event_by_profile ON event(profileID, id);
                CREATE TABLE module_progress (
                    profileID TEXT NOT NULL REFERENCES profile(id),
                    moduleID TEXT NOT NULL,
                    lessonID TEXT,
                    blockID TEXT,
                    startedAt DOUBLE,
                    lastActivityAt DOUBLE,
                    attempts INTEGER NOT NULL DEFAULT 0,
                    bestScore DOUBLE,
                    passedAt DOUBLE,
                    PRIMARY KEY (profileID, moduleID)
                );
                CREATE TABLE lesson_done (
                    profileID TEXT NOT NULL REFERENCES profile(id),
                    moduleID TEXT NOT NULL,
                    lessonID TEXT NOT NULL,
                    doneAt DOUBLE NOT NULL,
                    PRIMARY KEY (profileID, moduleID, lessonID)
                );
                CREATE TABLE quiz_attempt (
                    id TEXT PRIMARY KEY,
                    profileID TEXT NOT NULL REFERENCES profile(id),
                    moduleID TEXT NOT NULL,
                    seed TEXT NOT NULL,
                    draw TEXT NOT NULL,
                    startedAt DOUBLE NOT NULL,
                    finishedAt DOUBLE,
                    correctCount INTEGER,
                    score DOUBLE,
                    passed BOOLEAN
                );
                CREATE INDEX quiz_attempt_by_module ON quiz_attempt(profileID, moduleID, startedAt);
                CREATE TABLE quiz_answer (
                    attemptID TEXT NOT NULL REFERENCES quiz_attempt(id),
                    questionID TEXT NOT NULL,
                    response TEXT NOT NULL,
                    correct BOOLEAN NOT NULL,
                    answeredAt DOUBLE NOT NULL,
                    PRIMARY KEY (attemptID, questionID)
                );
                CREATE TABLE review_card (
                    profileID TEXT NOT NULL REFERENCES profile(id),
                    moduleID TEXT NOT NULL,
                    questionID TEXT NOT NULL,
                    state INTEGER NOT NULL,
                    step INTEGER,
                    stability DOUBLE,
                    difficulty DOUBLE,
                    due DOUBLE NOT NULL,
                    lastReview DOUBLE,
                    reviews INTEGER NOT NULL DEFAULT 0,
                    lapses INTEGER NOT NULL DEFAULT 0,
                    PRIMARY KEY (profileID, moduleID, questionID)
                );
                CREATE INDEX review_card_by_due ON review_card(profileID, due, moduleID, questionID);
                CREATE TABLE reflection (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    profileID TEXT NOT NULL REFERENCES profile(id),
                    moduleID TEXT NOT NULL,
                    lessonID TEXT NOT NULL,
                    blockID TEXT NOT NULL,
                    text TEXT NOT NULL,
                    writtenAt DOUBLE NOT NULL
                );
                CREATE INDEX reflection_by_profile ON reflection(profileID, writtenAt);
                CREATE TABLE readiness_answer (
                    profileID TEXT NOT NULL REFERENCES profile(id),
                    itemID TEXT NOT NULL,
                    rating INTEGER NOT NULL,
                    answeredAt DOUBLE NOT NULL,
                    PRIMARY KEY (profileID, itemID)
                );
                CREATE TABLE assignment (
                    profileID TEXT NOT NULL REFERENCES profile(id),
                    id TEXT NOT NULL,
                    cohort TEXT NOT NULL,
                    message TEXT,
                    contact TEXT,
                    importedAt DOUBLE NOT NULL,
                    PRIMARY KEY (profileID, id)
                );
                CREATE TABLE assignment_item (
                    profileID TEXT NOT NULL,
                    assignmentID TEXT NOT NULL,
                    moduleID TEXT NOT NULL,
                    due TEXT NOT NULL,
                    PRIMARY KEY (profileID, assignmentID, moduleID)
                );
                """)
        }
        migrator.registerMigration("v2-sync") { db in
            // Statements a Learning Record Store has accepted, so each sync sends only what is new.
            try db.execute(sql: """
                CREATE TABLE sync_sent (
                    profileID TEXT NOT NULL REFERENCES profile(id),
                    lrs TEXT NOT NULL,
                    statementID TEXT NOT NULL,
                    sentAt DOUBLE NOT NULL,
                    PRIMARY KEY (profileID, lrs, statementID)
                );
                """)
        }
        migrator.registerMigration("v3-lesson-viewed") { db in
            // When each lesson was last viewed, so an export reads the last activity from the
            // derived tables instead of replaying the event log. Filled from the events so far.
            try db.execute(sql: """
                CREATE TABLE lesson_viewed (
                    profileID TEXT NOT NULL REFERENCES profile(id),
                    moduleID TEXT NOT NULL,
                    lessonID TEXT NOT NULL,
                    viewedAt DOUBLE NOT NULL,
                    PRIMARY KEY (profileID, moduleID, lessonID)
                );
                INSERT INTO lesson_viewed (profileID, moduleID, lessonID, viewedAt)
                SELECT profileID, moduleID, json_extract(payload, '$.lessonID') AS lesson, max(occurredAt) FROM event
                WHERE kind = 'block-viewed' AND moduleID IS NOT NULL AND json_valid(payload)
                    AND json_type(payload, '$.lessonID') = 'text'
                GROUP BY profileID, moduleID, lesson;
                """)
        }
        migrator.registerMigration("v4-conversations") { db in
            // Practice conversations: the current play-through of each (the node to resume at and
            // the option ids chosen so far, a JSON array) and the endings reached. Derived from the
            // conversation-* events, which no earlier version wrote, so there is nothing to fill.
            try db.execute(sql: """
                CREATE TABLE conversation_progress (
                    profile_id TEXT NOT NULL REFERENCES profile(id),
                    module_id TEXT NOT NULL,
                    conversation_id TEXT NOT NULL,
                    node_id TEXT NOT NULL,
                    path TEXT NOT NULL,
                    started_at DOUBLE NOT NULL,
                    updated_at DOUBLE NOT NULL,
                    PRIMARY KEY (profile_id, module_id, conversation_id)
                );
                CREATE TABLE conversation_ending (
                    profile_id TEXT NOT NULL REFERENCES profile(id),
                    module_id TEXT NOT NULL,
                    conversation_id TEXT NOT NULL,
                    ending_id TEXT NOT NULL,
                    ending_kind TEXT NOT NULL,
                    first_reached_at DOUBLE NOT NULL,
                    times INTEGER NOT NULL,
                    PRIMARY KEY (profile_id, module_id, conversation_id, ending_id)
                );
                """)
        }
        return migrator
    }()
}
