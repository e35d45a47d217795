import Foundation

/// The assignment file a facilitator gives a cohort: YAML, documented in `docs/facilitator.md`.
///
/// ```yaml
/// format: erfaring-assignment/1
/// id: nav-bergen-host-2026
/// cohort: NAV Bergen, høst 2026
/// message: Vi møtes på torsdager.
/// contact: Anne Hansen, tlf. 55 00 00 00
/// modules:
///   - module: recovery-orientation
///     due: 2026-12-15
/// ```
public enum AssignmentFile {
    public static let format = "erfaring-assignment/1"

    /// Writes the file's text. Every string is double-quoted, so no value can be misread.
    public static func render(_ assignment: Assignment) -> String {
        var lines = [
            "# An Erfaring assignment. Import it with: erfaring assignment import FILE",
            "format: \(format)",
            "id: \(quote(assignment.id))",
            "cohort: \(quote(assignment.cohort))",
        ]
        if let message = assignment.message { lines.append("message: \(quote(message))") }
        if let contact = assignment.contact { lines.append("contact: \(quote(contact))") }
        lines.append("modules:")
        for item in assignment.items {
            lines.append("  - module: \(item.moduleID)")
            lines.append("    due: \(item.due)")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func quote(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }

    /// Reads and checks an assignment file against the curriculum: unknown modules, dates that are
    /// not `YYYY-MM-DD` or already past (before `today`), and malformed files get located errors.
    /// At most ``Diagnostic/perFileLimit`` diagnostics are kept; `omitted` counts the rest.
    public static func read(_ bytes: [UInt8], file: String, curriculum: Curriculum, today: String)
        -> (assignment: Assignment?, diagnostics: [Diagnostic], omitted: OmittedDiagnostics) {
        let (assignment, sink) = check(bytes, file: file, curriculum: curriculum, today: today)
        return (assignment, sink.diagnostics,
                sink.omitted.first { $0.file == file } ?? OmittedDiagnostics(file: file))
    }

    private static func check(_ bytes: [UInt8], file: String, curriculum: Curriculum, today: String)
        -> (Assignment?, DiagnosticCollector) {
        let sink = DiagnosticCollector()
        let document = YAMLParser.parse(bytes, file: file)
        sink.add(contentsOf: document.diagnostics)
        let context = DocumentContext(file: file, sink: sink)
        guard let root = document.root else {
            if document.diagnostics.isEmpty {
                sink.report(.emptyFile, at: SourceLocation(file: file, line: 1, column: 1), "the file is empty")
            }
            return (nil, sink)
        }
        refuseTags(root, file: file, sink: sink)
        guard let reader = MappingReader(root, what: "the assignment",
                                         keys: ["format", "id", "cohort", "message", "contact", "modules"],
                                         in: context) else { return (nil, sink) }
        if let format = reader.string("format"), format.value != Self.format {
            sink.report(.valueRange, at: format.location,
                        "this is '\(format.value)'; this version of Erfaring reads '\(Self.format)'")
        }
        let id = reader.id()
        let cohort = reader.string("cohort")
        let message = reader.string("message", required: false)
        let contact = reader.string("contact", required: false)
        let known = curriculum.modules.map(\.id.value)
        var items: [Assignment.Item] = []
        // Duplicates are found through a dictionary: linear in the number of entries.
        var seen: [String: SourceLocation] = [:]
        let entries = reader.list("modules")
        for node in entries ?? [] {
            let name = node.peekID("module").map { "module entry '\($0)'" } ?? "a module entry"
            guard let entry = MappingReader(node, what: name, keys: ["module", "due"], in: context) else { continue }
            let module = entry.id("module")
            let due = entry.string("due")
            if let module {
                if !known.contains(module.value) {
                    var notes: [Diagnostic.Note] = []
                    if let close = TextChecks.suggestion(for: module.value, among: known) {
                        notes.append(.init("did you mean '\(close)'?"))
                    } else {
                        notes.append(.init("the course's modules: " + known.joined(separator: ", ")))
                    }
                    sink.report(.danglingReference, at: module.location, "unknown module '\(module.value)'", notes: notes)
                } else if let first = seen[module.value] {
                    sink.report(.duplicateId, at: module.location, "module '\(module.value)' is assigned twice",
                                notes: [.init("first assigned here", at: first)])
                } else {
                    seen[module.value] = module.location
                }
            }
            if let due {
                if !isDate(due.value) {
                    sink.report(.wrongType, at: due.location, "'due' must be a date written YYYY-MM-DD; found '\(due.value)'")
                } else if due.value < today {
                    sink.report(.valueRange, at: due.location, "the due date \(due.value) has passed (today is \(today))",
                                notes: [.init("ask your facilitator for an updated assignment file")])
                }
            }
            if let module, let due { items.append(Assignment.Item(moduleID: module.value, due: due.value)) }
        }
        if entries?.isEmpty == true, let location = reader.keyLocation("modules") {
            sink.report(.valueRange, at: location, "the assignment lists no modules")
        }
        guard sink.diagnostics.errorCount == 0, sink.omitted.allSatisfy({ $0.errors == 0 }), let id, let cohort else {
            return (nil, sink)
        }
        return (Assignment(id: id.value, cohort: cohort.value, message: message?.value, contact: contact?.value,
                           items: items), sink)
    }

    /// Reports every node with an explicit tag (`!!binary`, `!!str`, `!custom`): an assignment holds
    /// plain text, ids and dates, and a tag would change what a value means.
    static func refuseTags(_ root: YAMLNode, file: String, sink: DiagnosticCollector) {
        var stack = [root]
        while let node = stack.popLast() {
            if let tag = node.tag {
                let shown = tag.hasPrefix("tag:yaml.org,2002:") ? "!!" + tag.dropFirst("tag:yaml.org,2002:".count) : tag
                sink.report(.yamlTag, at: SourceLocation(file: file, mark: node.mark),
                            "the tag '\(TextChecks.sanitized(String(shown.prefix(60))))' has no meaning in an assignment file; "
                            + "expected a plain value", notes: [.init("remove the tag and write the value as text or a date")])
            }
            switch node.content {
            case .scalar: break
            case .sequence(let items): stack.append(contentsOf: items.reversed())
            case .mapping(let pairs): stack.append(contentsOf: pairs.reversed().flatMap { [$0.value, $0.key] })
            }
        }
    }

    /// Whether `text` is a real calendar date `YYYY-MM-DD`.
    public static func isDate(_ text: String) -> Bool {
        guard text.utf8.allSatisfy({ ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2D }) else { return false }
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
              (1...12).contains(month), day >= 1 else { return false }
        let days = [31, (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        return day <= days[month - 1]
    }
}
