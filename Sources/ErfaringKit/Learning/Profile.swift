import Foundation

/// A learner on this machine: a display name they chose and a pseudonymous id that is all
/// that ever leaves the machine.
public struct Profile: Hashable, Sendable, Codable {
    /// A random UUID, lowercase; used as the xAPI account name.
    public var id: String
    public var name: String
    public var language: Language
    public var createdAt: Date

    public init(id: String, name: String, language: Language, createdAt: Date) {
        self.id = id
        self.name = name
        self.language = language
        self.createdAt = createdAt
    }
}
