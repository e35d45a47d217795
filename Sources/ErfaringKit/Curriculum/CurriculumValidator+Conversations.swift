/// The rules of `Conversations/<module-id>.yaml` that need the module or the whole file: the
/// file name, ids, references and the graph rules.
extension CurriculumValidator {
    /// - Parameter moduleFiles: base names of the module files present, read or not, so that
    ///   the conversations of a module whose file has errors are not reported as orphans.
    func checkConversations(_ files: [ConversationFile], modules: [String: Module], moduleFiles: Set<String>) {
        for file in files {
            let fileID = CurriculumFile(path: file.file, role: .conversation, bytes: []).baseName
            if file.module.value != fileID {
                sink.report(.fileName, at: file.module.location,
                           "conversations module '\(file.module.value)' does not match its file name '\(fileID).yaml'")
                continue
            }
            let module = modules[file.module.value]
            if module == nil && moduleFiles.contains(file.module.value) { continue }
            guard let module else {
                sink.report(.danglingReference, at: file.module.location,
                           "conversations for unknown module '\(file.module.value)'",
                           notes: [.init("conversations need 'Curriculum/\(file.module.value).yaml'")])
                continue
            }
            checkUnique(file.conversations.map(\.id), what: "conversation")
            for conversation in file.conversations {
                checkConversation(conversation, module: module)
            }
        }
    }

    private func checkConversation(_ conversation: Conversation, module: Module) {
        let name = "conversation '\(conversation.id.value)'"
        let objectiveIDs = Set(module.objectives.map(\.id.value))
        checkReference(conversation.objective, in: objectiveIDs, what: "objective",
                       notes: [.init("objectives are defined in '\(module.file)'")])
        checkUnique(conversation.people.map(\.id), what: "person")
        checkUnique(conversation.nodes.map(\.id), what: "node")
        let people = Set(conversation.people.map(\.id.value))
        let nodeIDs = Set(conversation.nodes.map(\.id.value))
        let lessonIDs = Set(module.lessons.map(\.id.value))
        checkReference(conversation.start, in: nodeIDs, what: "node")
        for node in conversation.nodes {
            if let speaker = node.speaker {
                checkReference(speaker, in: people, what: "person")
            } else if conversation.people.count > 1 && node.says != nil {
                sink.report(.missingKey, at: node.id.location,
                           "node '\(node.id.value)' of \(name) is missing required key 'speaker'",
                           notes: [.init("'speaker' may be left out only when the conversation has one person")])
            }
            switch node.content {
            case .decision(let options):
                checkUnique(options.map(\.id), what: "option")
                for option in options { checkReference(option.next, in: nodeIDs, what: "node") }
            case .ending(_, _, _, let lesson):
                checkReference(lesson, in: lessonIDs, what: "lesson",
                               notes: [.init("lessons are defined in '\(module.file)'")])
            }
        }
        checkGraph(conversation, name: name)
    }

    private func checkGraph(_ conversation: Conversation, name: String) {
        let graph = ConversationGraph(conversation)
        let decisions = graph.nodes.count { !$0.isEnding }
        let endings = graph.nodes.compactMap(\.endingKind)
        if decisions < ConversationLimits.decisions || endings.count < ConversationLimits.endings {
            sink.report(.conversationEndings, at: conversation.id.location,
                       "\(name) has \(decisions) decision\(decisions == 1 ? "" : "s") and \(endings.count) ending\(endings.count == 1 ? "" : "s"); "
                       + "it needs at least \(ConversationLimits.decisions) of each")
        }
        for kind in [EndingKind.skill, .mistake] where !endings.contains(kind) {
            sink.report(.conversationEndings, at: conversation.id.location,
                       "\(name) has no '\(kind.rawValue)' ending",
                       notes: [.init("each conversation has an ending that shows the skill well and one that shows a common mistake")])
        }
        guard graph.start != nil else { return }
        for index in graph.unreachable() {
            let node = graph.nodes[index]
            sink.report(.conversationUnreachable, at: node.id.location,
                       "node '\(node.id.value)' of \(name) cannot be reached from 'start'",
                       notes: [.init("let an option lead to it with 'next: \(node.id.value)', or remove it")])
        }
        for index in graph.deadEnds() {
            let node = graph.nodes[index]
            sink.report(.conversationDeadEnd, at: node.id.location,
                       "no ending can be reached from node '\(node.id.value)' of \(name)",
                       notes: [.init("every path must be able to end: let an option lead towards an ending")])
        }
        for edge in graph.cycleEdges() {
            let node = graph.nodes[edge.from]
            let option = node.options[edge.option]
            sink.report(.conversationCycle, at: option.next.location,
                       "option '\(option.id.value)' of node '\(node.id.value)' leads back to '\(option.next.value)' and closes a cycle in \(name)",
                       notes: [.init("a loop back is allowed only as a deliberate 'try again': mark the option 'retry: true'")])
        }
        let longest = graph.longestPath()
        if longest > ConversationLimits.longestPath {
            sink.report(.conversationLength, at: conversation.start.location,
                       "the longest path of \(name) has \(longest) decisions; the limit is \(ConversationLimits.longestPath)",
                       notes: [.init("options marked 'retry: true' do not count")])
        }
    }
}
