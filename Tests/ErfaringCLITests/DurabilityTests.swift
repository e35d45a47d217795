import ErfaringKit
import ErfaringTestSupport
import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// A running `erfaring` whose input the test types and whose output it watches.
final class LiveProcess: @unchecked Sendable {
    /// The output so far, shared with the thread that reads it (which must not keep the
    /// LiveProcess, and so its child, alive).
    private final class Output: @unchecked Sendable {
        let lock = NSLock()
        var text = ""
    }

    private let child: ChildProcess
    private let output = Output()
    private var status: Int32?

    init(arguments: [String], home: URL, columns: Int = 80) throws {
        var environment = ProcessInfo.processInfo.environment
        environment["ERFARING_HOME"] = home.path
        environment["COLUMNS"] = String(columns)
        environment.removeValue(forKey: "ERFARING_CURRICULUM")
        child = try ChildProcess(try Binary.url.path, arguments, environment: environment,
                                 input: true, output: .pipe, error: .output)
        let pipe = try #require(child.output)
        let output = self.output
        Thread.detachNewThread {
            while true {
                let data = pipe.availableData
                if data.isEmpty { return }
                output.lock.lock()
                output.text += String(decoding: data, as: UTF8.self)
                output.lock.unlock()
            }
        }
    }

    var text: String {
        output.lock.lock()
        defer { output.lock.unlock() }
        return output.text
    }

    /// The exit status once `finish` has returned.
    var terminationStatus: Int32? { status }

    func type(_ line: String) {
        try? child.input?.write(contentsOf: Data((line + "\n").utf8))
    }

    /// Waits until `condition` holds for the output, up to `seconds`.
    @discardableResult
    func wait(seconds: Double = 20, until condition: (String) -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if condition(text) { return true }
            usleep(2_000)
        }
        return condition(text)
    }

    func kill9() {
        child.kill9()
    }

    /// Closes the input (end of file, as Ctrl-D) and waits for the exit.
    func finish() throws {
        try? child.input?.close()
        status = try child.wait(seconds: 60)
    }
}

@Suite("Durability of the real binary", .serialized)
struct DurabilityTests {
    private let curriculum = Binary.fixtures.appendingPathComponent("base").path

    private func home() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("erfaring-durable-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    private func count(_ text: String, _ needle: String) -> Int {
        text.components(separatedBy: needle).count - 1
    }

    /// The answer a question's instructions ask for, read off the output.
    private func answer(for output: String) -> String {
        let last = output.range(of: "Spørsmål", options: .backwards).map { String(output[$0.lowerBound...]) } ?? output
        return last.contains("rekkefølge") ? "1 2" : "1"
    }

    @Test("kill -9 in the middle of quizzes, again and again, loses no answer reported as saved")
    func killDuringQuiz() throws {
        let home = try home()
        defer { try? FileManager.default.removeItem(at: home) }
        var reported = 0
        var inFlight = 0
        for round in 0..<8 {
            let shell = try LiveProcess(arguments: ["--curriculum", curriculum], home: home)
            if round == 0 {
                shell.wait { $0.contains("Språk") || $0.contains("1 norsk") }
                shell.type("1")
                shell.type("Kari")
            }
            shell.wait { $0.contains("Hei, Kari!") }
            shell.type("quiz basics")
            let answersThisRound = 1 + round % 3
            for _ in 0..<answersThisRound {
                // A question is waiting, or the attempt just ended with its result.
                shell.wait(seconds: 10) {
                    self.count($0, "Spørsmål") > self.count($0, "Forklaring:") || $0.contains("Resultat:")
                }
                guard count(shell.text, "Spørsmål") > count(shell.text, "Forklaring:") else { break }
                let before = count(shell.text, "Forklaring:")
                shell.type(answer(for: shell.text))
                if shell.wait(until: { self.count($0, "Forklaring:") > before }) { reported += 1 }
            }
            // Type one more answer and kill at once: it may or may not be saved.
            if count(shell.text, "Spørsmål") > count(shell.text, "Forklaring:") {
                shell.type(answer(for: shell.text))
                inFlight += 1
            }
            shell.kill9()
            let store = try ProgressStore(url: home.appendingPathComponent("progress.sqlite"))
            #expect(try store.integrityCheck() == ["ok"])
            let profile = try #require(try store.currentProfile())
            let saved = try store.events(profile: profile.id).filter { $0.kind == .questionAnswered }.count
            #expect(saved >= reported, "round \(round): \(saved) saved, \(reported) reported")
            #expect(saved <= reported + inFlight)
            reported = saved
            inFlight = 0
        }
        #expect(reported >= 8)
    }

    @Test("two shells on one profile at once lose no event")
    func twoProcesses() throws {
        let home = try home()
        defer { try? FileManager.default.removeItem(at: home) }
        let setup = try Binary.run(["profile", "create", "Kari"], environment: ["ERFARING_HOME": home.path])
        #expect(setup.status == 0)
        // Changing language and answering the self-assessment each write one event, whatever the
        // other shell has done, so the total is known exactly.
        let script = Array(repeating: "lang en\nlang nb\nselvtest\n3", count: 60)
        let input = script.joined(separator: "\n") + "\navslutt\n"
        let shells = try (0..<2).map { _ in try LiveProcess(arguments: ["--curriculum", curriculum], home: home) }
        for shell in shells {
            DispatchQueue.global().async { shell.type(input) }
        }
        for shell in shells {
            #expect(shell.wait(seconds: 60) { $0.contains("Ha det!") })
            try shell.finish()
            #expect(shell.terminationStatus == 0)
        }
        let perShell = 60 * 3
        let store = try ProgressStore(url: home.appendingPathComponent("progress.sqlite"))
        let profile = try #require(try store.currentProfile())
        #expect(try store.eventCount(profile: profile.id) == 1 + 2 * perShell)
        #expect(try store.integrityCheck() == ["ok"])
    }

    @Test("a damaged database gives a clear error, exit 74, and is left byte for byte unchanged")
    func damagedDatabase() throws {
        let home = try home()
        defer { try? FileManager.default.removeItem(at: home) }
        let file = home.appendingPathComponent("progress.sqlite")
        let garbage = Data("this is not a database, but a learner's file must not be overwritten\n".utf8)
        try garbage.write(to: file)
        for arguments in [["progress"], ["--curriculum", curriculum], ["profile", "list"]] {
            let result = try Binary.run(arguments, environment: ["ERFARING_HOME": home.path], input: "avslutt\n")
            #expect(result.status == 74)
            #expect(result.stderr.contains("is damaged"))
            #expect(result.stderr.contains("has not been changed"))
            #expect(try Data(contentsOf: file) == garbage)
        }
    }

    @Test("a folder, a FIFO or another program's file named progress.sqlite: exit 74 at once, nothing created", arguments: ["folder", "fifo", "foreign"])
    func notADatabase(_ kind: String) throws {
        let home = try home()
        defer { try? FileManager.default.removeItem(at: home) }
        let file = home.appendingPathComponent("progress.sqlite")
        switch kind {
        case "folder": try FileManager.default.createDirectory(at: file, withIntermediateDirectories: false)
        case "fifo": #expect(mkfifo(file.path, 0o600) == 0)
        default:
            let python = ProcessInfo.processInfo.environment["ERFARING_TEST_PYTHON"] ?? "python3"
            let made = try Binary.run(["-c", "import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); "
                                       + "c.execute('CREATE TABLE recipe (name TEXT)'); c.commit()", file.path],
                                      executable: "/usr/bin/env", python)
            #expect(made.status == 0)
        }
        let before = try FileManager.default.contentsOfDirectory(atPath: home.path)
        let start = Date()
        for arguments in [["progress"], ["--curriculum", curriculum], ["export"]] {
            let result = try Binary.run(arguments, environment: ["ERFARING_HOME": home.path], input: "avslutt\n")
            #expect(result.status == 74, "\(kind): \(result.stderr)")
            #expect(result.stderr.contains("has not been changed"), "\(result.stderr)")
        }
        #expect(Date().timeIntervalSince(start) < 20)
        #expect(try FileManager.default.contentsOfDirectory(atPath: home.path) == before)
    }

    @Test("a database from a newer version gives a clear error, exit 74, and is left unchanged")
    func newerDatabase() throws {
        let home = try home()
        defer { try? FileManager.default.removeItem(at: home) }
        #expect(try Binary.run(["profile", "create", "Kari"], environment: ["ERFARING_HOME": home.path]).status == 0)
        let file = home.appendingPathComponent("progress.sqlite")
        try ProgressStore.insertMigrationForTesting("v2-newer", url: file)
        let before = try Data(contentsOf: file)
        let result = try Binary.run(["progress"], environment: ["ERFARING_HOME": home.path])
        #expect(result.status == 74)
        #expect(result.stderr.contains("newer version of Erfaring"))
        #expect(try Data(contentsOf: file) == before)
    }
}

@Suite("Faults in the shell's quiz", .serialized)
struct QuizFaultTests {
    private let curriculum = Binary.fixtures.appendingPathComponent("base").path

    private func home() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("erfaring-faults-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    private func count(_ text: String, _ needle: String) -> Int {
        text.components(separatedBy: needle).count - 1
    }

    @Test("a file size limit (as a full disk) mid-quiz: no SIGXFSZ, 'not saved' said, never 'all saved', exit 74")
    func fileSizeLimit() throws {
        let home = try home()
        defer { try? FileManager.default.removeItem(at: home) }
        #expect(try Binary.run(["profile", "create", "Kari"], environment: ["ERFARING_HOME": home.path]).status == 0)
        // 170 kB per file: more than a new database (160 kB), and the -wal fills up after an answer
        // or two. Every line either answers the question on screen ("1 2" an ordering or multiple
        // choice, "1" a single choice) or is refused as no answer to it.
        let command = "ulimit -f 340; exec \"$0\" --curriculum \"$1\""
        let result = try Binary.run(["-c", command, try Binary.url.path, curriculum], environment: ["ERFARING_HOME": home.path],
                                    input: "quiz basics\n" + String(repeating: "1 2\n1\n", count: 6) + "avslutt\n", executable: "/bin/sh")
        #expect(result.status == 74, "status \(result.status) (153 is SIGXFSZ)")
        #expect(result.stdout.contains("Kunne ikke lagre"))
        #expect(result.stdout.contains("Svaret ditt ble ikke lagret"))
        #expect(!result.stdout.contains("Alt er lagret"))
        #expect(result.stdout.contains("ble ikke lagret (se meldingene over)"))
        // Every answer whose feedback was shown is stored; none more.
        let store = try ProgressStore(url: home.appendingPathComponent("progress.sqlite"))
        let profile = try #require(try store.currentProfile())
        let shown = count(result.stdout, "Forklaring:")
        #expect(shown >= 1)
        #expect(try store.events(profile: profile.id).count { $0.kind == .questionAnswered } == shown)
    }

    @Test("two shells on one quiz: the second answer to a question is not taken, the shell says so and shows the stored one")
    func twoWindowsOneQuestion() throws {
        let home = try home()
        defer { try? FileManager.default.removeItem(at: home) }
        #expect(try Binary.run(["profile", "create", "Kari"], environment: ["ERFARING_HOME": home.path]).status == 0)
        let first = try LiveProcess(arguments: ["--curriculum", curriculum], home: home)
        let second = try LiveProcess(arguments: ["--curriculum", curriculum], home: home)
        defer { first.kill9(); second.kill9() }
        first.wait { $0.contains("Hei, Kari!") }
        second.wait { $0.contains("Hei, Kari!") }
        first.type("quiz basics")
        #expect(first.wait { $0.contains("Spørsmål 1 av") })
        // The second shell resumes the same open attempt, at the same first question.
        second.type("quiz basics")
        #expect(second.wait { $0.contains("Spørsmål 1 av") })
        let question = first.text
        let rightAndWrong = question.contains("rekkefølge") ? ("1 2", "2 1") : ("1", "2")
        first.type(rightAndWrong.0)
        #expect(first.wait { $0.contains("Forklaring:") })
        second.type(rightAndWrong.1)
        #expect(second.wait { $0.contains("Forklaring:") })
        #expect(second.text.contains("Dette spørsmålet var allerede besvart i et annet vindu"))
        #expect(!first.text.contains("annet vindu"))
        // The second shell's feedback is the first one's answer: the same verdict.
        let verdict = { (text: String) in text.contains("Ikke riktig.") }
        #expect(verdict(first.text) == verdict(second.text))
        first.kill9()
        second.kill9()
        let store = try ProgressStore(url: home.appendingPathComponent("progress.sqlite"))
        let profile = try #require(try store.currentProfile())
        let attempt = try #require(try store.openAttempt(profile: profile.id, module: "basics"))
        #expect(attempt.answers.count == 1)
        #expect(try store.events(profile: profile.id).count { $0.kind == .questionAnswered } == 1)
    }
}
