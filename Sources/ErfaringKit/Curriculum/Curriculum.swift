/// A whole loaded curriculum: the course, its modules in course order, and their quizzes.
public struct Curriculum: Hashable, Sendable {
    public var course: Course
    public var modules: [Module]
    public var quizzes: [String: Quiz]

    public init(course: Course, modules: [Module], quizzes: [String: Quiz]) {
        self.course = course
        self.modules = modules
        self.quizzes = quizzes
    }

    public func module(_ id: String) -> Module? { modules.first { $0.id.value == id } }
    public func quiz(for moduleID: String) -> Quiz? { quizzes[moduleID] }

    /// A question of a module's quiz bank, if it still exists.
    public func question(_ questionID: String?, in moduleID: String) -> Question? {
        quizzes[moduleID]?.questions.first { $0.id.value == questionID }
    }
}
