import Foundation

/// Modules a facilitator asked a cohort to complete, with due dates.
public struct Assignment: Hashable, Sendable, Codable {
    public struct Item: Hashable, Sendable, Codable {
        public var moduleID: String
        /// The due date as a calendar day, `YYYY-MM-DD`, in the learner's own time zone.
        public var due: String

        public init(moduleID: String, due: String) {
            self.moduleID = moduleID
            self.due = due
        }
    }

    public var id: String
    public var cohort: String
    public var message: String?
    public var contact: String?
    public var items: [Item]
    public var importedAt: Date?

    public init(id: String, cohort: String, message: String?, contact: String?, items: [Item], importedAt: Date? = nil) {
        self.id = id
        self.cohort = cohort
        self.message = message
        self.contact = contact
        self.items = items
        self.importedAt = importedAt
    }
}
