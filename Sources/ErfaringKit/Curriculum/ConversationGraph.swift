/// The nodes and options of a conversation as a graph, and the checks of the graph rules:
/// reachability, dead ends, cycles not closed by a `retry` option, and the longest path.
///
/// Every check is iterative (an explicit stack, never recursion) and linear in nodes plus
/// options, so no file can exhaust the stack or the time, whatever the node limit.
public struct ConversationGraph: Sendable {
    /// An option that leads to a known node.
    public struct Edge: Hashable, Sendable {
        public var from: Int
        /// The option's index in its node.
        public var option: Int
        public var to: Int
        public var isRetry: Bool
    }

    /// The nodes, in file order (a repeated id keeps its first node; the duplicate is a
    /// `duplicate-id` error of its own).
    public let nodes: [ConversationNode]
    /// The options of each node that lead to a known node.
    public let edges: [[Edge]]
    /// The start node's index, nil when `start` names no node.
    public let start: Int?

    public init(_ conversation: Conversation) {
        var index: [String: Int] = [:]
        var nodes: [ConversationNode] = []
        for node in conversation.nodes where index[node.id.value] == nil {
            index[node.id.value] = nodes.count
            nodes.append(node)
        }
        self.nodes = nodes
        edges = nodes.enumerated().map { from, node in
            node.options.enumerated().compactMap { number, option in
                index[option.next.value].map { Edge(from: from, option: number, to: $0, isRetry: option.isRetry) }
            }
        }
        start = index[conversation.start.value]
    }

    /// Nodes no path from the start reaches [conversation-unreachable], in file order.
    public func unreachable() -> [Int] {
        guard let start else { return [] }
        var seen = [Bool](repeating: false, count: nodes.count)
        seen[start] = true
        var stack = [start]
        while let node = stack.popLast() {
            for edge in edges[node] where !seen[edge.to] {
                seen[edge.to] = true
                stack.append(edge.to)
            }
        }
        return nodes.indices.filter { !seen[$0] }
    }

    /// Nodes from which no ending can be reached [conversation-dead-end], in file order.
    public func deadEnds() -> [Int] {
        var incoming = [[Int]](repeating: [], count: nodes.count)
        for list in edges { for edge in list { incoming[edge.to].append(edge.from) } }
        var canEnd = nodes.map(\.isEnding)
        var stack = nodes.indices.filter { canEnd[$0] }
        while let node = stack.popLast() {
            for from in incoming[node] where !canEnd[from] {
                canEnd[from] = true
                stack.append(from)
            }
        }
        return nodes.indices.filter { !canEnd[$0] }
    }

    /// Options without `retry: true` that close a cycle [conversation-cycle]: the back edges
    /// of a depth-first search in file order, so each cycle is reported at the option that
    /// leads back.
    public func cycleEdges() -> [Edge] {
        var found: [Edge] = []
        _ = depthFirst { found.append($0) }
        return found
    }

    /// The most decisions on a path from the start to an ending, `retry` options left out
    /// [conversation-length]; 0 when `start` names no node. Options that close a cycle are
    /// left out as well (they are a `conversation-cycle` error of their own).
    public func longestPath() -> Int {
        guard let start else { return 0 }
        return depthFirst { _ in }[start]
    }

    /// A depth-first search over the options that are not `retry`, every node in file order;
    /// calls `backEdge` for each option that leads to a node still on the path, and returns
    /// each node's longest path in decisions to an ending.
    private func depthFirst(_ backEdge: (Edge) -> Void) -> [Int] {
        enum State { case new, onPath, done }
        var state = [State](repeating: .new, count: nodes.count)
        var longest = [Int](repeating: 0, count: nodes.count)
        // Each frame: a node and how many of its edges have been looked at.
        var stack: [(node: Int, next: Int)] = []
        for root in nodes.indices where state[root] == .new {
            state[root] = .onPath
            stack.append((root, 0))
            while let top = stack.last {
                let list = edges[top.node]
                if top.next < list.count {
                    stack[stack.count - 1].next += 1
                    let edge = list[top.next]
                    guard !edge.isRetry else { continue }
                    switch state[edge.to] {
                    case .onPath: backEdge(edge)
                    case .new:
                        state[edge.to] = .onPath
                        stack.append((edge.to, 0))
                    case .done: break
                    }
                    continue
                }
                stack.removeLast()
                state[top.node] = .done
                if !nodes[top.node].isEnding {
                    var best = 0
                    for edge in list where !edge.isRetry && state[edge.to] == .done {
                        best = max(best, longest[edge.to] + 1)
                    }
                    longest[top.node] = best
                }
            }
        }
        return longest
    }
}
