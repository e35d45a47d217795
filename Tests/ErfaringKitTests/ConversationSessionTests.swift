import ErfaringKit
import ErfaringTestSupport
import Foundation
import Testing

/// The fixture's conversation 'evening-hours': ask → (1 yes-of-course → unpaid-again,
/// 2 ask-about-pay → pay-question); unpaid-again → (1 keep-quiet → silent-yes [mistake],
/// 2 raise-it → pay-question); pay-question → (1 offer-swap → good-end [skill], 2 maybe →
/// half-way [mixed], 3 start-over → ask [retry]).
@Suite("Conversation session")
struct ConversationSessionTests {
    private func session(_ world: SessionWorld, store: ProgressStore? = nil, restart: Bool = false) throws
        -> ConversationSession {
        let module = try #require(world.curriculum.module("basics"))
        let conversation = try #require(world.curriculum.conversation("evening-hours", in: "basics"))
        return try ConversationSession(module: module, conversation: conversation, profile: world.profile,
                                       store: store ?? world.store, environment: world.clock.environment(),
                                       restart: restart)
    }

    private func kinds(_ world: SessionWorld) throws -> [LearningEvent.Kind] {
        try world.store.events(profile: world.profile).map(\.kind).filter { $0.rawValue.hasPrefix("conversation-") }
    }

    @Test("a new session starts at the first node and stores the start")
    func start() throws {
        let world = try SessionWorld()
        let play = try session(world)
        #expect(play.node.id.value == "ask")
        #expect(play.path.isEmpty && !play.resumed && !play.isEnded)
        #expect(play.speaker?.id.value == "leader")
        #expect(try kinds(world) == [.conversationStarted])
    }

    @Test("a choice returns its feedback and next node after it is stored; an ending is stored with it")
    func choices() throws {
        let world = try SessionWorld()
        var play = try session(world)
        world.clock.advance(30)
        guard case .chosen(let option, let next) = try play.choose(2) else { Issue.record("not chosen"); return }
        #expect(option.id.value == "ask-about-pay")
        #expect(option.feedback.nb.isEmpty == false)
        #expect(next.id.value == "pay-question" && !next.isEnding)
        // Stored before the feedback is shown: another connection sees it.
        let stored = try world.otherWindow().conversationPlay(profile: world.profile, module: "basics",
                                                              conversation: "evening-hours")
        #expect(stored?.nodeID == "pay-question" && stored?.path == ["ask-about-pay"])
        #expect(stored?.updatedAt == world.clock.now)
        guard case .chosen(_, let ending) = try play.choose(1) else { Issue.record("not chosen"); return }
        #expect(ending.id.value == "good-end" && ending.endingKind == .skill)
        #expect(play.isEnded)
        #expect(play.path.map(\.option.id.value) == ["ask-about-pay", "offer-swap"])
        #expect(play.path.map(\.node.id.value) == ["ask", "pay-question"])
        #expect(play.endingLesson?.index == 0 && play.endingLesson?.lesson.id.value == "first")
        #expect(try play.choose(1) == .ended)
        #expect(try kinds(world) == [.conversationStarted, .conversationChoice, .conversationChoice, .conversationEnded])
        let reached = try world.store.reachedEndings(profile: world.profile, module: "basics")
        #expect(reached["basics"]?["evening-hours"]?.map(\.endingID) == ["good-end"])
    }

    @Test("a number that names no option stores nothing and says how many there are", arguments: [0, 3, -1, 99, Int.min, Int.max])
    func invalidNumber(number: Int) throws {
        let world = try SessionWorld()
        var play = try session(world)
        let before = try world.store.eventCount(profile: world.profile)
        #expect(try play.choose(number) == .noSuchOption(count: 2))
        #expect(try world.store.eventCount(profile: world.profile) == before)
        #expect(play.node.id.value == "ask")
    }

    @Test("a retry option leads back to the start, and the path keeps every choice")
    func retry() throws {
        let world = try SessionWorld()
        var play = try session(world)
        _ = try play.choose(2)
        guard case .chosen(let option, let next) = try play.choose(3) else { Issue.record("not chosen"); return }
        #expect(option.isRetry && next.id.value == "ask")
        _ = try play.choose(1)
        _ = try play.choose(1)
        #expect(play.node.id.value == "silent-yes" && play.node.endingKind == .mistake)
        #expect(play.path.map(\.option.id.value) == ["ask-about-pay", "start-over", "yes-of-course", "keep-quiet"])
    }

    @Test("left at a decision, a new session resumes at that node with its path; an ended one starts anew")
    func resume() throws {
        let world = try SessionWorld()
        var first = try session(world)
        _ = try first.choose(1)
        let resumed = try session(world, store: try world.otherWindow())
        #expect(resumed.resumed)
        #expect(resumed.node.id.value == "unpaid-again")
        #expect(resumed.path.map(\.option.id.value) == ["yes-of-course"])
        var again = resumed
        _ = try again.choose(1)
        #expect(again.isEnded)
        let next = try session(world)
        #expect(next.node.id.value == "ask" && next.path.isEmpty && !next.resumed)
        #expect(try kinds(world).filter { $0 == .conversationStarted }.count == 2)
    }

    @Test("replay starts a new path and keeps the endings reached")
    func replay() throws {
        let world = try SessionWorld()
        var play = try session(world)
        _ = try play.choose(2)
        _ = try play.choose(2)
        #expect(play.node.endingKind == .mixed)
        try play.replay()
        #expect(play.node.id.value == "ask" && play.path.isEmpty && !play.isEnded)
        _ = try play.choose(1)
        _ = try play.choose(1)
        let reached = try world.store.reachedEndings(profile: world.profile, module: "basics")["basics"]?["evening-hours"]
        #expect(reached?.map(\.endingID) == ["half-way", "silent-yes"])
        let conversation = try #require(world.curriculum.conversation("evening-hours", in: "basics"))
        #expect(ConversationSession.reachedEndings(of: conversation, among: ["silent-yes", "gone", "ask"])
            .map(\.id.value) == ["silent-yes"])
    }

    @Test("restart starts anew even in the middle; a choice another window made first is not taken")
    func otherWindow() throws {
        let world = try SessionWorld()
        var first = try session(world)
        var second = try session(world, store: try world.otherWindow())
        #expect(second.resumed == false && second.node.id.value == "ask")
        _ = try first.choose(2)
        // The second window still shows 'ask'; its choice there is not stored.
        let before = try world.store.eventCount(profile: world.profile)
        #expect(try second.choose(1) == .movedOn)
        #expect(try world.store.eventCount(profile: world.profile) == before)
        #expect(second.node.id.value == "pay-question" && second.path.map(\.option.id.value) == ["ask-about-pay"])
        let fresh = try session(world, restart: true)
        #expect(fresh.node.id.value == "ask" && fresh.path.isEmpty)
    }

    @Test("a stored path the conversation no longer leads along starts anew")
    func changedConversation() throws {
        let world = try SessionWorld()
        var play = try session(world)
        _ = try play.choose(1)
        // The conversation as edited: the option chosen is gone.
        var curriculum = world.curriculum
        let index = try #require(curriculum.conversations["basics"]?.firstIndex { $0.id.value == "evening-hours" })
        let askIndex = try #require(curriculum.conversations["basics"]?[index].nodes.firstIndex { $0.id.value == "ask" })
        guard case .decision(var options) = curriculum.conversations["basics"]?[index].nodes[askIndex].content else {
            Issue.record("ask is no decision"); return
        }
        options[0].id.value = "renamed"
        curriculum.conversations["basics"]?[index].nodes[askIndex].content = .decision(options: options)
        let edited = try #require(curriculum.conversation("evening-hours", in: "basics"))
        let module = try #require(curriculum.module("basics"))
        let again = try ConversationSession(module: module, conversation: edited, profile: world.profile,
                                            store: world.store, environment: world.clock.environment())
        #expect(again.node.id.value == "ask" && again.path.isEmpty && !again.resumed)
        #expect(again.startedAnew, "the learner is told the place was lost")
        // A stored path damaged by hand is no place either: begun anew, and said so.
        var other = try session(world)
        _ = try other.choose(1)
        try StoreRows.execute(world.file, "UPDATE conversation_progress SET path = 'not a list'")
        let afterDamage = try session(world)
        #expect(afterDamage.node.id.value == "ask" && afterDamage.path.isEmpty && afterDamage.startedAnew)
        // A fresh start, a resumed play and a replay after an ending are not "anew".
        #expect(try !session(world).startedAnew)
    }
}
