import ErfaringKit
import Foundation
import Testing

/// `erfaring profile`: names compared as a learner types them, duplicates and ambiguity said aloud.
@Suite struct ProfileCommandTests {
    private func withHome(_ body: ([String: String]) throws -> Void) throws {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("erfaring-profile-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: home) }
        try body(["ERFARING_HOME": home.path])
    }

    private func currentName(_ environment: [String: String]) throws -> String? {
        let list = try InProcess.run(["profile", "list"], environment: environment)
        return list.stdout.split(separator: "\n").first { $0.hasPrefix("*") }
            .map { String($0.dropFirst(2).prefix { $0 != "(" }).trimmingCharacters(in: .whitespaces) }
    }

    @Test("profile use finds a name whatever its case, and æøå match their capitals")
    func caseInsensitiveUse() throws {
        try withHome { env in
            #expect(try InProcess.run(["profile", "create", "Bjørn Ærlig"], environment: env).status == 0)
            #expect(try InProcess.run(["profile", "create", "Åse"], environment: env).status == 0)
            let use = try InProcess.run(["profile", "use", "bjørn ærlig"], environment: env)
            #expect(use.status == 0, "\(use.stderr)")
            // Norwegian: the profile in use when the command ran (Åse) is Norwegian.
            #expect(use.stdout.contains("Nå brukes profilen 'Bjørn Ærlig'"), "\(use.stdout)")
            #expect(try currentName(env) == "Bjørn Ærlig")
            #expect(try InProcess.run(["profile", "use", "  ÅSE "], environment: env).status == 0)
            #expect(try currentName(env) == "Åse")
            // `å` is a letter of its own: `Ase` is another name, and is offered as a likely typo.
            let other = try InProcess.run(["profile", "use", "Ase"], environment: env)
            #expect(other.status == 1)
            #expect(other.stderr.contains("profilen 'Ase' finnes ikke; mente du 'Åse'?"), "\(other.stderr)")
            #expect(try currentName(env) == "Åse")
        }
    }

    @Test("profile create with a name already there creates it and warns how to tell them apart")
    func duplicateWarns() throws {
        try withHome { env in
            let first = try InProcess.run(["profile", "create", "Kari Nordmann"], environment: env)
            #expect(first.status == 0)
            #expect(!first.stderr.contains("warning"), "\(first.stderr)")
            let second = try InProcess.run(["profile", "create", "kari nordmann"], environment: env)
            #expect(second.status == 0, "\(second.stderr)")
            #expect(second.stderr.contains("erfaring: advarsel: det fantes allerede en profil med dette navnet: 'Kari Nordmann' ("),
                    "\(second.stderr)")
            #expect(second.stderr.contains("'erfaring profile use ID'"), "\(second.stderr)")
            let list = try InProcess.run(["profile", "list"], environment: env)
            let lines = list.stdout.split(separator: "\n")
            #expect(lines.count == 2)
            // The ids shown are long enough to tell the two apart.
            let ids = lines.compactMap { line in line.split(separator: "(").last?.split(separator: ",").first.map(String.init) }
            #expect(Set(ids).count == 2, "\(list.stdout)")
        }
    }

    @Test("profile use with two matching profiles is ambiguous, lists both with their ids, and switches by id")
    func ambiguousUse() throws {
        try withHome { env in
            #expect(try InProcess.run(["profile", "create", "Kari Nordmann"], environment: env).status == 0)
            #expect(try InProcess.run(["profile", "create", "Kari Nordmann", "--lang", "en"], environment: env).status == 0)
            // Ola's profile is English: the messages of the runs while it is in use are English.
            #expect(try InProcess.run(["profile", "create", "Ola", "--lang", "en"], environment: env).status == 0)
            let use = try InProcess.run(["profile", "use", "Kari Nordmann"], environment: env)
            #expect(use.status == 1)
            #expect(use.stderr.contains("'Kari Nordmann' is ambiguous: 2 profiles match"), "\(use.stderr)")
            #expect(!use.stderr.contains("does not exist"), "\(use.stderr)")
            #expect(try currentName(env) == "Ola")
            let choices = use.stderr.split(separator: "\n").filter { $0.hasPrefix("  Kari Nordmann  (id ") }
            #expect(choices.count == 2, "\(use.stderr)")
            let englishID = try #require(choices.first { $0.hasSuffix(", en)") }?
                .split(separator: " ").dropFirst(3).first?.dropLast())
            let byID = try InProcess.run(["profile", "use", String(englishID)], environment: env)
            #expect(byID.status == 0, "\(byID.stderr)")
            let list = try InProcess.run(["profile", "list"], environment: env)
            #expect(list.stdout.split(separator: "\n").contains { $0.hasPrefix("* Kari Nordmann") && $0.hasSuffix(", en)") },
                    "\(list.stdout)")
        }
    }
}
