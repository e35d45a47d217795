import ErfaringKit
import Foundation
import Testing

/// `Conversations/<module-id>.yaml` read through the real loader and libyaml: the small complete
/// conversation of the base fixture (3 decisions, 3 endings, a retry loop) and the queries the
/// shell uses.
@Suite("Conversation files")
struct ConversationReaderTests {
    @Test("the base fixture's conversation is read with every key")
    func readsFixture() throws {
        let files = try Fixtures.baseFiles()
        #expect(files.contains { $0.path == "Conversations/basics.yaml" && $0.role == .conversation })
        let result = CurriculumLoader.load(files: files)
        #expect(result.diagnostics.map(\.summary) == [])
        let curriculum = try #require(result.curriculum)
        #expect(curriculum.conversations(for: "next-steps").isEmpty)
        let conversation = try #require(curriculum.conversation("evening-hours", in: "basics"))
        #expect(conversation.objective.value == "apply")
        #expect(!conversation.required)
        #expect(conversation.title.en == "The evening before the board meeting")
        #expect(conversation.setting.nb.hasPrefix("Du er erfaringskonsulent"))
        #expect(conversation.people.map(\.id.value) == ["leader", "colleague"])
        #expect(conversation.startNode?.id.value == "ask")
        #expect(conversation.decisions.map(\.id.value) == ["ask", "unpaid-again", "pay-question"])
        #expect(conversation.endings.map(\.endingKind) == [.skill, .mistake, .mixed])
        let ask = try #require(conversation.node("ask"))
        #expect(conversation.speaker(of: ask)?.name.nb == "Tone, avdelingsleder")
        #expect(ask.says?.nb == "«Kan du bli til sju i kveld? Vi trenger deg på brukermøtet.»")
        let yes = try #require(ask.option("yes-of-course"))
        #expect(yes.next.value == "unpaid-again")
        #expect(yes.note?.en == "A good evening with the leader; unpaid hours.")
        #expect(!yes.isRetry)
        let retry = try #require(conversation.node("pay-question")?.option("start-over"))
        #expect(retry.isRetry && retry.next.value == "ask")
        #expect(retry.note == nil)
        let silent = try #require(conversation.node("silent-yes"))
        #expect(silent.says == nil && silent.options.isEmpty)
        guard case .ending(let kind, let title, _, let lesson) = silent.content else {
            Issue.record("'silent-yes' is not an ending")
            return
        }
        #expect(kind == .mistake && title.en == "The hours nobody sees" && lesson.value == "first")
    }

    @Test("a course without a Conversations folder is fine")
    func folderIsOptional() throws {
        let files = try Fixtures.baseFiles().filter { $0.role != .conversation }
        let result = CurriculumLoader.load(files: files)
        #expect(result.diagnostics.map(\.summary) == [])
        #expect(result.curriculum?.conversations.isEmpty == true)
    }

    @Test("the limits count characters without surrounding white space")
    func lengths() {
        #expect(ConversationLimits.length("  «Ja»\n") == 4)
        #expect(ConversationLimits.length(" \n ") == 0)
        #expect(ConversationLimits.length("æøå") == 3)
    }

    @Test("a text at the limit passes and one character more is reported")
    func boundary() throws {
        let base = String(decoding: try Data(contentsOf: Fixtures.root.appendingPathComponent("base/Conversations/basics.yaml")),
                          as: UTF8.self)
        let old = "          en: A maybe\n"
        #expect(base.contains(old))
        for (length, errors) in [(60, 0), (61, 1)] {
            let title = String(repeating: "a", count: length)
            let changed = base.replacingOccurrences(of: old, with: "          en: \(title)\n")
            var files = try Fixtures.baseFiles().filter { $0.role != .conversation }
            files.append(CurriculumFile(path: "Conversations/basics.yaml", role: .conversation, bytes: Array(changed.utf8)))
            let found = CurriculumLoader.load(files: files).diagnostics.filter { $0.rule == "conversation-bounds" }
            #expect(found.count == errors, "title of \(length) characters")
        }
    }
}

/// A conversation file far over the limits is reported, not trusted: the work stays linear.
@Suite("Conversation files: hostile sizes")
struct ConversationHostileTests {
    @Test("5,000 nodes in a chain: counted against the limit and the path length, reported once each (the speed is measured by the lint benchmark)")
    func longChain() throws {
        let count = 5_000
        var yaml = """
            module: basics
            conversations:
              - id: long
                objective: apply
                title: { nb: Lang, en: Long }
                setting: { nb: Et møte., en: A meeting. }
                people: [{ id: p, name: { nb: P, en: P } }]
                start: n0
                nodes:

            """
        for index in 0..<count {
            let next = index + 1 == count ? "end" : "n\(index + 1)"
            yaml += "      - { id: n\(index), says: { nb: a, en: a }, options: ["
                + "{ id: a, text: { nb: a, en: a }, feedback: { nb: a, en: a }, next: \(next) }, "
                + "{ id: b, text: { nb: b, en: b }, feedback: { nb: b, en: b }, next: n0, retry: true }] }\n"
        }
        yaml += "      - { id: end, ending: skill, title: { nb: a, en: a }, debrief: { nb: a, en: a }, lesson: first }\n"
        var files = try Fixtures.baseFiles().filter { $0.role != .conversation }
        files.append(CurriculumFile(path: "Conversations/basics.yaml", role: .conversation, bytes: Array(yaml.utf8)))
        let result = CurriculumLoader.load(files: files)
        let rules = result.diagnostics.map(\.rule)
        #expect(rules.filter { $0 == "conversation-bounds" }.count == 1)
        #expect(rules.contains("conversation-length"))
        #expect(result.diagnostics.contains { $0.message.contains("has \(count) decisions") })
    }

    @Test("'required: true' is read; left out or false, a conversation is not required")
    func readsRequired() throws {
        let files = try Fixtures.baseFiles().map { file in
            guard file.path == "Conversations/basics.yaml" else { return file }
            var changed = file
            let text = String(decoding: file.bytes, as: UTF8.self)
            #expect(text.contains("    required: false\n"))
            changed.bytes = Array(text.replacingOccurrences(of: "    required: false\n", with: "    required: true\n").utf8)
            return changed
        }
        let curriculum = try #require(CurriculumLoader.load(files: files).curriculum)
        #expect(curriculum.conversation("evening-hours", in: "basics")?.required == true)
    }
}
