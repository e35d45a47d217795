import ErfaringKit
import Foundation
import Testing

/// The layers of ErfaringKit point one way: `Diagnostics/` names nothing of the layers above
/// it, `YAML/` nothing of `Curriculum/`. Checked by reading the sources, so a new reference
/// the wrong way fails here rather than in a review.
@Suite("source layers")
struct LayerTests {
    private static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// The Swift sources of a folder, with comments and single-line string literals removed.
    private static func code(in folder: String) throws -> [String: String] {
        let url = root.appendingPathComponent(folder)
        let names = try FileManager.default.contentsOfDirectory(atPath: url.path).filter { $0.hasSuffix(".swift") }
        #expect(!names.isEmpty, "no sources in '\(folder)'")
        var sources: [String: String] = [:]
        for name in names {
            let text = try String(contentsOf: url.appendingPathComponent(name), encoding: .utf8)
            sources[name] = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
                let unquoted = line.replacing(/"(?:[^"\\]|\\.)*"/, with: "\"\"")
                return unquoted.firstRange(of: "//").map { String(unquoted[..<$0.lowerBound]) } ?? String(unquoted)
            }.joined(separator: "\n")
        }
        return sources
    }

    /// The names a folder declares: its top-level types, and the static members it adds to
    /// types declared elsewhere (such as the rules in `LintRule+Content.swift`).
    private static func declarations(in folder: String) throws -> (types: Set<String>, members: Set<String>) {
        let sources = try code(in: folder)
        var types: Set<String> = []
        var extended: [(type: String, body: String)] = []
        for text in sources.values {
            for match in text.matches(of: /(?m)^(?:(?:public|private|fileprivate|final|indirect) )*(?:struct|enum|class|protocol|actor|typealias) (\w+)/) {
                types.insert(String(match.1))
            }
            for match in text.matches(of: /(?m)^extension (\w+)/) {
                extended.append((String(match.1), text))
            }
        }
        var members: Set<String> = []
        for (type, body) in extended where !types.contains(type) {
            for match in body.matches(of: /static (?:let|var|func) (\w+)/) { members.insert(String(match.1)) }
        }
        return (types, members)
    }

    /// Where the sources of `folder` use a name declared in `other`: `file: name` lines.
    private static func uses(in folder: String, of other: String) throws -> [String] {
        let declared = try declarations(in: other)
        var found: [String] = []
        for (file, text) in try code(in: folder) {
            let typeNames = Set(text.matches(of: /\b[A-Z]\w*/).map { String($0.output) })
            let memberNames = Set(text.matches(of: /\.([a-z]\w*)\b/).map { String($0.output.1) })
            for name in typeNames.intersection(declared.types).union(memberNames.intersection(declared.members)) {
                found.append("\(file): \(name)")
            }
        }
        return found.sorted()
    }

    @Test("nothing in YAML/ refers to a type or rule of Curriculum/")
    func yamlBelowCurriculum() throws {
        let found = try Self.uses(in: "Sources/ErfaringKit/YAML", of: "Sources/ErfaringKit/Curriculum")
        #expect(found.isEmpty, "YAML/ uses Curriculum/: \(found)")
    }

    @Test("nothing in Diagnostics/ refers to YAML/ or Curriculum/")
    func diagnosticsAtTheBottom() throws {
        for layer in ["Sources/ErfaringKit/YAML", "Sources/ErfaringKit/Curriculum"] {
            let found = try Self.uses(in: "Sources/ErfaringKit/Diagnostics", of: layer)
            #expect(found.isEmpty, "Diagnostics/ uses \(layer): \(found)")
        }
    }

    @Test("the scan sees the references that are allowed, so an empty result above means something")
    func scanFindsAllowedUses() throws {
        let curriculumUsesYAML = try Self.uses(in: "Sources/ErfaringKit/Curriculum", of: "Sources/ErfaringKit/YAML")
        #expect(curriculumUsesYAML.contains { $0.hasSuffix(": YAMLNode") })
        let yamlUsesDiagnostics = try Self.uses(in: "Sources/ErfaringKit/YAML", of: "Sources/ErfaringKit/Diagnostics")
        #expect(yamlUsesDiagnostics.contains("YAMLTreeBuilder.swift: Diagnostic"))
        let declared = try Self.declarations(in: "Sources/ErfaringKit/Curriculum")
        #expect(declared.members.contains("missingFeedback"))
        #expect(!declared.types.contains("LintRule"))
    }

    @Test("every rule value is listed once in LintRule.all")
    func everyRuleInTheTable() throws {
        var declared: [String] = []
        for folder in ["Sources/ErfaringKit/YAML", "Sources/ErfaringKit/Curriculum", "Sources/ErfaringKit/Diagnostics"] {
            for text in try Self.code(in: folder).values {
                declared += text.matches(of: /static let \w+ = LintRule\(\s*""/).map { String($0.output) }
            }
        }
        #expect(declared.count == LintRule.all.count)
        #expect(Set(LintRule.all.map(\.id)).count == LintRule.all.count, "a rule id is listed twice")
    }

    @Test("Package.swift declares no platform the package is not built and tested on (Linux only)")
    func noUncheckedPlatform() throws {
        let manifest = try String(contentsOf: Self.root.appendingPathComponent("Package.swift"), encoding: .utf8)
        let code = manifest.split(separator: "\n").filter { !$0.trimmingCharacters(in: .whitespaces).hasPrefix("//") }
        #expect(!code.contains { $0.contains("platforms:") }, "the package declares an Apple platform")
    }
}
