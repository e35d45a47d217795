import ErfaringKit
import Foundation

/// Journal, search and glossary.
extension Shell {
    func showJournal(_ text: String) throws {
        guard let profile else { return }
        let entries = try storeCall { () throws(StoreError) in try store.reflections(profile: profile.id) }
        guard !entries.isEmpty else {
            paragraph(strings(.journalEmpty))
            return
        }
        let argument = text.trimmingSpacesAndTabs()
        if !argument.isEmpty && Int(argument) == nil {
            terminal.line(strings(.journalWhich, [.count: String(entries.count)]))
            return
        }
        if let number = Int(argument) {
            guard (1...entries.count).contains(number) else {
                terminal.line(strings(.journalNoEntry, [.number: String(number), .count: String(entries.count)]))
                return
            }
            let entry = entries[number - 1]
            terminal.line(style.bold(place(of: entry)) + "  " + style.dim(AssignmentDates.today(entry.writtenAt, timeZone: timeZone)))
            if let prompt = reflectionPrompt(entry) { paragraph(style.dim(prompt)) }
            blank()
            entry.text.split(separator: "\n", omittingEmptySubsequences: false).forEach { paragraph(String($0)) }
            return
        }
        terminal.line(style.bold(strings(.journalHeader)))
        for (index, entry) in entries.enumerated() {
            let firstLine = entry.text.split(separator: "\n").first.map(String.init) ?? ""
            let preview = firstLine.count > 50 ? String(firstLine.prefix(50)) + "…" : firstLine
            terminal.line("  \(index + 1). \(AssignmentDates.today(entry.writtenAt, timeZone: timeZone))  \(place(of: entry))")
            terminal.line("     \(preview)")
        }
    }

    private func place(of entry: Reflection) -> String {
        guard let module = curriculum.module(entry.moduleID) else { return entry.moduleID }
        let lesson = module.lesson(entry.lessonID)?.title[language] ?? entry.lessonID
        return "\(module.title[language]) › \(lesson)"
    }

    private func reflectionPrompt(_ entry: Reflection) -> String? {
        let block = curriculum.module(entry.moduleID)?.lesson(entry.lessonID)?.blocks.first { $0.id.value == entry.blockID }
        if case .reflection(let prompt)? = block?.content { return Prose.flattened(prompt[language]) }
        return nil
    }

    func search(_ text: String) {
        let words = text.split(separator: " ").map { String($0) }
        guard !words.isEmpty else {
            terminal.line(strings(.searchWhich))
            return
        }
        let hits = searchIndex.search(words, preferring: language)
        guard !hits.isEmpty else {
            terminal.line(strings(.searchNone, [.words: text]))
            return
        }
        terminal.line(style.bold(strings(.searchHeader, [.words: text, .count: String(hits.count)])))
        let progress = (try? store.moduleProgress(profile: profile?.id ?? "")) ?? [:]
        let locked = Set(ModuleStates.compute(curriculum: curriculum, progress: progress).compactMap { status in
            if case .locked = status.state { return status.moduleID } else { return nil }
        })
        // Every hit: a list taller than the window goes through the pager.
        for hit in hits {
            let module = curriculum.module(hit.moduleID)
            var place = module?.title[language] ?? hit.moduleID
            if let lessonID = hit.lessonID, let lesson = module?.lesson(lessonID) { place += " › " + lesson.title[language] }
            // How to open the place: `åpne 1 3`, or `åpne 1` for the module's own texts.
            let open = openHint(hit.moduleID, lesson: hit.lessonID)
            let lock = locked.contains(hit.moduleID) ? " – " + strings(.searchLocked) : ""
            terminal.line("  " + style.bold(place) + "  " + style.dim("[\(hit.language.rawValue)] (\(open))" + lock))
            let snippet = hit.snippet.map { part in part.isMatch ? style.mark(part.text) : part.text }.joined()
            paragraph(snippet, indent: "    ")
        }
    }

    func showGlossary(_ text: String) {
        let glossary = curriculum.course.glossary
        let key = text.trimmingSpacesAndTabs().lowercased()
        guard !key.isEmpty else {
            terminal.line(style.bold(strings(.glossaryHeader, [.count: String(glossary.count)])))
            let sorted = glossary.sorted { $0.term[language].lowercased() < $1.term[language].lowercased() }
            let other: Language = language == .nb ? .en : .nb
            for entry in sorted {
                terminal.line("  " + entry.term[language] + "  " + style.dim("(\(other.rawValue): \(entry.term[other]))"))
            }
            return
        }
        let exact = glossary.filter {
            $0.id.value == key || $0.term.nb.lowercased() == key || $0.term.en.lowercased() == key
        }
        let matches = exact.isEmpty ? glossary.filter {
            $0.id.value.hasPrefix(key) || $0.term.nb.lowercased().contains(key) || $0.term.en.lowercased().contains(key)
        } : exact
        if matches.isEmpty {
            terminal.line(strings(.glossaryNone, [.term: text]))
            if let close = TextChecks.suggestion(for: key, among: glossary.map(\.id.value)) {
                terminal.line(strings(.openDidYouMean, [.id: close]))
            }
            return
        }
        if matches.count > 1 && matches.count <= 8 || matches.count == 1 {
            if matches.count > 1 { terminal.line(strings(.glossarySeveral)) }
            for (index, entry) in matches.enumerated() {
                if index > 0 { blank() }
                let other: Language = language == .nb ? .en : .nb
                terminal.line(style.bold(entry.term[language]) + "  " + style.dim("(\(other.rawValue): \(entry.term[other]))"))
                paragraph(entry.definition[language], indent: "  ")
                let modules = entry.modules.compactMap { curriculum.module($0.value)?.title[language] }
                if !modules.isEmpty { terminal.line(style.dim("  → " + modules.joined(separator: ", "))) }
            }
        } else {
            terminal.line(strings(.glossarySeveral))
            for entry in matches { terminal.line("  \(entry.term[language])") }
        }
    }
}
