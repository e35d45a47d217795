import ErfaringKit
import ErfaringTestSupport
import Foundation
import Testing

private let t0 = Date(timeIntervalSince1970: 1_764_000_000)

@Suite("Progress store: practice conversations")
struct ConversationStoreTests {
    private let module = ModuleID("saying-no")
    private let talk = ConversationID("evening-hours")

    @Test("a play-through on a file: start, choices, an ending; all there after the file is opened again")
    func playThroughOnFile() throws {
        let temp = try TemporaryFolder()
        let url = temp.url.appendingPathComponent("progress.sqlite")
        let profile: String
        do {
            let store = try ProgressStore(url: url)
            profile = try store.createProfile(name: "Kari", language: .nb, id: UUID(), at: t0).id
            try store.startConversation(profile: profile, module: module, conversation: talk, at: "ask", date: t0)
            #expect(try store.recordConversationChoice(profile: profile, module: module, conversation: talk, node: "ask",
                                                       option: "ask-about-pay", next: "pay-question", ending: nil,
                                                       date: t0.addingTimeInterval(10)))
            #expect(try store.recordConversationChoice(profile: profile, module: module, conversation: talk,
                                                       node: "pay-question", option: "offer-thursday",
                                                       next: "good-end", ending: .skill, date: t0.addingTimeInterval(20)))
        }
        let store = try ProgressStore(url: url)
        let play = try #require(try store.conversationPlay(profile: profile, module: module, conversation: talk))
        #expect(play.nodeID == "good-end")
        #expect(play.path == ["ask-about-pay", "offer-thursday"])
        #expect(play.startedAt == t0)
        #expect(play.updatedAt == t0.addingTimeInterval(20))
        let endings = try store.reachedEndings(profile: profile, module: module)[module]?[talk]
        #expect(endings == [ReachedEnding(conversationID: talk, endingID: "good-end", kind: .skill,
                                          firstReachedAt: t0.addingTimeInterval(20), times: 1)])

        let events = try store.events(profile: profile).filter { $0.kind.rawValue.hasPrefix("conversation-") }
        #expect(events.map(\.kind) == [.conversationStarted, .conversationChoice, .conversationChoice, .conversationEnded])
        #expect(events.allSatisfy { $0.moduleID == "saying-no" && $0.payload.conversationID == "evening-hours" })
        #expect(events[1].payload.nodeID == "ask")
        #expect(events[1].payload.optionID == "ask-about-pay")
        #expect(events[1].payload.nextNodeID == "pay-question")
        #expect(events[3].payload.endingID == "good-end")
        #expect(events[3].payload.endingKind == "skill")
        // The choice that reaches an ending and the ending are one action, one time.
        #expect(events[2].occurredAt == events[3].occurredAt)

        let progressRows = try StoreRows.select(url, """
            SELECT module_id, conversation_id, node_id, path FROM conversation_progress
            """)
        #expect(progressRows == [["saying-no", "evening-hours", "good-end", #"["ask-about-pay","offer-thursday"]"#]])
        let endingRows = try StoreRows.select(url, """
            SELECT module_id, conversation_id, ending_id, ending_kind, times FROM conversation_ending
            """)
        #expect(endingRows == [["saying-no", "evening-hours", "good-end", "skill", "1"]])
    }

    @Test("a replay starts a new path and keeps the endings; the same ending again counts its times")
    func replay() throws {
        let store = try ProgressStore.inMemory()
        let profile = try store.createProfile(name: "Kari", language: .nb, id: UUID(), at: t0).id
        for round in 0..<2 {
            let start = t0.addingTimeInterval(Double(round) * 100)
            try store.startConversation(profile: profile, module: module, conversation: talk, at: "ask", date: start)
            let fresh = try #require(try store.conversationPlay(profile: profile, module: module, conversation: talk))
            #expect(fresh.nodeID == "ask" && fresh.path.isEmpty && fresh.startedAt == start)
            try store.recordConversationChoice(profile: profile, module: module, conversation: talk, node: "ask",
                                               option: "yes-of-course", next: "unpaid-again", ending: .mistake,
                                               date: start.addingTimeInterval(5))
        }
        let endings = try #require(try store.reachedEndings(profile: profile, module: nil)[module]?[talk])
        #expect(endings.count == 1)
        #expect(endings.first?.times == 2)
        #expect(endings.first?.firstReachedAt == t0.addingTimeInterval(5))
        #expect(try store.events(profile: profile).filter { $0.kind == .conversationStarted }.count == 2)
    }

    @Test("a choice at a node the play-through has left writes nothing and says so")
    func staleChoice() throws {
        let store = try ProgressStore.inMemory()
        let profile = try store.createProfile(name: "Kari", language: .nb, id: UUID(), at: t0).id
        // Never started: nothing to choose in.
        #expect(try !store.recordConversationChoice(profile: profile, module: module, conversation: talk, node: "ask",
                                                    option: "a", next: "b", ending: nil, date: t0))
        try store.startConversation(profile: profile, module: module, conversation: talk, at: "ask", date: t0)
        #expect(try store.recordConversationChoice(profile: profile, module: module, conversation: talk, node: "ask",
                                                   option: "a", next: "b", ending: nil, date: t0))
        let before = try store.eventCount(profile: profile)
        // Another window already chose at 'ask'.
        #expect(try !store.recordConversationChoice(profile: profile, module: module, conversation: talk, node: "ask",
                                                    option: "c", next: "d", ending: .skill, date: t0))
        #expect(try store.eventCount(profile: profile) == before)
        #expect(try store.conversationPlay(profile: profile, module: module, conversation: talk)?.path == ["a"])
        #expect(try store.reachedEndings(profile: profile, module: module).isEmpty)
    }

    @Test("endings are kept per module and learner")
    func endingsByModule() throws {
        let store = try ProgressStore.inMemory()
        let kari = try store.createProfile(name: "Kari", language: .nb, id: UUID(), at: t0).id
        let ola = try store.createProfile(name: "Ola", language: .en, id: UUID(), at: t0).id
        let other = ModuleID("crisis-and-duties")
        for (profile, mod) in [(kari, module), (kari, other), (ola, other)] {
            try store.startConversation(profile: profile, module: mod, conversation: talk, at: "ask", date: t0)
            try store.recordConversationChoice(profile: profile, module: mod, conversation: talk, node: "ask",
                                               option: "o", next: "end-\(mod)", ending: .mixed, date: t0)
        }
        #expect(try store.reachedEndings(profile: kari, module: module).keys.sorted() == [module])
        #expect(try store.reachedEndings(profile: kari, module: nil).keys.sorted() == [other, module])
        #expect(try store.reachedEndings(profile: ola, module: nil)[other]?[talk]?.map(\.endingID) == ["end-crisis-and-duties"])
        #expect(try store.reachedEndings(profile: ola, module: module).isEmpty)
    }

    @Test("the endings reached are part of the module progress the states are computed from")
    func endingsInModuleProgress() throws {
        let store = try ProgressStore.inMemory()
        let profile = try store.createProfile(name: "Kari", language: .nb, id: UUID(), at: t0).id
        #expect(try store.moduleProgress(profile: profile)["saying-no"] == nil)
        try store.startConversation(profile: profile, module: module, conversation: talk, at: "ask", date: t0)
        #expect(try store.moduleProgress(profile: profile)["saying-no"] == nil, "a start reaches no ending")
        try store.recordConversationChoice(profile: profile, module: module, conversation: talk, node: "ask",
                                           option: "o", next: "good-end", ending: .skill, date: t0)
        let progress = try #require(try store.snapshot(profile: profile, at: t0).modules["saying-no"])
        #expect(progress.conversationEndings == ["evening-hours": ["good-end"]])
    }
}
