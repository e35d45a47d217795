import ErfaringKit
import Foundation
import Testing

/// A clock the test moves by hand, and a fixed seed, for the learning sessions.
final class SessionClock: @unchecked Sendable {
    private let lock = NSLock()
    private let start = Date(timeIntervalSince1970: 1_764_000_000)
    private var elapsed: TimeInterval = 0

    var now: Date { lock.withLock { start.addingTimeInterval(elapsed) } }

    func advance(_ seconds: TimeInterval) { lock.withLock { elapsed += seconds } }

    func environment(seed: UInt64 = 42) -> LearningEnvironment {
        LearningEnvironment(now: { self.now }, uuid: { UUID() }, seed: { seed })
    }
}

/// A store in a temporary folder with one learner, the fixture course and a hand-moved clock.
final class SessionWorld {
    let file: URL
    let store: ProgressStore
    let profile: String
    let clock = SessionClock()
    let curriculum: Curriculum

    init(curriculum: Curriculum? = nil) throws {
        self.curriculum = try curriculum ?? fixtureCurriculum()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("erfaring-session-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        file = folder.appendingPathComponent("progress.sqlite")
        store = try ProgressStore(url: file)
        profile = try store.createProfile(name: "Kari", language: .nb, id: UUID(), at: clock.now).id
    }

    deinit { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }

    /// A second connection to the same file: another window.
    func otherWindow() throws -> ProgressStore { try ProgressStore(url: file) }

    func status(_ moduleID: String) throws -> ModuleStatus {
        let progress = try store.moduleProgress(profile: profile)
        return try #require(ModuleStates.compute(curriculum: curriculum, progress: progress).first { $0.moduleID == moduleID })
    }
}

/// A right or a wrong response to a question.
func response(to question: Question, right: Bool) -> [String] {
    let correct = question.correctChoiceIDs
    if right { return correct }
    if question.kind == .ordering { return correct.reversed() }
    return [question.choices.map(\.id.value).first { !correct.contains($0) } ?? "none"]
}
