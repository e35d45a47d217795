@testable import ErfaringKit
import Testing

/// The graph rules as pure functions over the model, on small hand-made graphs and on graphs far
/// larger than the node limit (the checks are iterative, so size cannot exhaust the stack).
@Suite("Conversation graph")
struct ConversationGraphTests {
    private static let here = SourceLocation(file: "Conversations/test.yaml", line: 1, column: 1)
    private static let text = LocalizedText(nb: "x", en: "x")

    /// A conversation from `edges`: each decision's options as (target, retry); ids in `endings`
    /// are endings.
    private static func conversation(start: String, decisions: [(String, [(String, Bool)])],
                                     endings: [String]) -> Conversation {
        var nodes = decisions.map { id, options in
            ConversationNode(id: Located(id, at: here), speaker: nil, says: text, content: .decision(options:
                options.enumerated().map { number, option in
                    ConversationOption(id: Located("o\(number)", at: here), text: text, feedback: text, note: nil,
                                       next: Located(option.0, at: here), isRetry: option.1)
                }))
        }
        nodes += endings.map {
            ConversationNode(id: Located($0, at: here), speaker: nil, says: nil,
                             content: .ending(kind: .skill, title: text, debrief: text, lesson: Located("l", at: here)))
        }
        return Conversation(id: Located("c", at: here), objective: Located("o", at: here), required: false,
                            title: text, setting: text, people: [], start: Located(start, at: here),
                            nodes: nodes, location: here)
    }

    @Test("a sound graph with a retry loop passes every check")
    func sound() {
        let graph = ConversationGraph(Self.conversation(start: "a", decisions: [
            ("a", [("b", false), ("c", false)]),
            ("b", [("end-1", false), ("a", true)]),
            ("c", [("end-2", false), ("b", false)]),
        ], endings: ["end-1", "end-2"]))
        #expect(graph.unreachable() == [])
        #expect(graph.deadEnds() == [])
        #expect(graph.cycleEdges() == [])
        #expect(graph.longestPath() == 3)
    }

    @Test("the same loop back without retry is a cycle, reported at the option that closes it")
    func cycleWithoutRetry() {
        let graph = ConversationGraph(Self.conversation(start: "a", decisions: [
            ("a", [("b", false), ("c", false)]),
            ("b", [("end-1", false), ("a", false)]),
            ("c", [("end-2", false), ("b", false)]),
        ], endings: ["end-1", "end-2"]))
        #expect(graph.cycleEdges().map { [$0.from, $0.option, $0.to] } == [[1, 1, 0]])
    }

    @Test("a node nobody leads to is unreachable; a loop with no way out is a dead end")
    func unreachableAndDeadEnd() {
        let graph = ConversationGraph(Self.conversation(start: "a", decisions: [
            ("a", [("end", false), ("trap", false)]),
            ("trap", [("trap", true), ("trap-2", false)]),
            ("trap-2", [("trap", true), ("trap", true)]),
            ("orphan", [("end", false), ("end", false)]),
        ], endings: ["end", "lost-end"]))
        #expect(graph.unreachable() == [3, 5])
        #expect(graph.deadEnds() == [1, 2])
        #expect(graph.cycleEdges() == [])
    }

    @Test("retry options do not count towards the longest path")
    func longestIgnoresRetry() {
        let graph = ConversationGraph(Self.conversation(start: "a", decisions: [
            ("a", [("end", false), ("b", true)]),
            ("b", [("c", false), ("end", false)]),
            ("c", [("end", false), ("end", false)]),
        ], endings: ["end"]))
        #expect(graph.longestPath() == 1)
    }

    @Test("a start that names no node gives no graph findings of its own")
    func missingStart() {
        let graph = ConversationGraph(Self.conversation(start: "nowhere", decisions: [
            ("a", [("end", false), ("end", false)]),
        ], endings: ["end"]))
        #expect(graph.start == nil)
        #expect(graph.unreachable() == [])
        #expect(graph.longestPath() == 0)
    }

    @Test("200,000 nodes in a chain and in a ring are checked without recursion")
    func largeGraphs() {
        let count = 200_000
        let chain = (0..<count).map { ("n\($0)", [($0 + 1 == count ? "end" : "n\($0 + 1)", false), ("end", false)]) }
        let chainGraph = ConversationGraph(Self.conversation(start: "n0", decisions: chain, endings: ["end"]))
        #expect(chainGraph.longestPath() == count)
        #expect(chainGraph.deadEnds() == [])
        #expect(chainGraph.unreachable() == [])
        let ring = (0..<count).map { ("n\($0)", [("n\(($0 + 1) % count)", false), ("n\($0)", true)]) }
        let ringGraph = ConversationGraph(Self.conversation(start: "n0", decisions: ring, endings: []))
        #expect(ringGraph.cycleEdges().map(\.from) == [count - 1])
        #expect(ringGraph.deadEnds().count == count)
    }
}
