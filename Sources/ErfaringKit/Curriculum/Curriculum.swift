/// A whole loaded curriculum: the course, its modules in course order, their quizzes and their
/// practice conversations.
public struct Curriculum: Hashable, Sendable {
    public var course: Course
    public var modules: [Module]
    public var quizzes: [String: Quiz]
    /// The practice conversations by module id (a module without a file has none).
    public var conversations: [String: [Conversation]]

    public init(course: Course, modules: [Module], quizzes: [String: Quiz],
                conversations: [String: [Conversation]] = [:]) {
        self.course = course
        self.modules = modules
        self.quizzes = quizzes
        self.conversations = conversations
    }

    public func module(_ id: String) -> Module? { modules.first { $0.id.value == id } }
    public func quiz(for moduleID: String) -> Quiz? { quizzes[moduleID] }
    /// A module's practice conversations, in file order.
    public func conversations(for moduleID: String) -> [Conversation] { conversations[moduleID] ?? [] }

    /// A conversation of a module, if it still exists.
    public func conversation(_ conversationID: String, in moduleID: String) -> Conversation? {
        conversations[moduleID]?.first { $0.id.value == conversationID }
    }

    /// A question of a module's quiz bank, if it still exists.
    public func question(_ questionID: String?, in moduleID: String) -> Question? {
        quizzes[moduleID]?.questions.first { $0.id.value == questionID }
    }
}
