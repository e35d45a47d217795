import ErfaringKit
import Foundation
import Testing

/// The interactive path for real: libedit in a terminal that tmux provides.
@Suite("The real binary in tmux", .serialized)
struct TmuxTests {
    private let session = "erfaring-test-\(UInt32.random(in: 0...UInt32.max))"

    /// Runs a tmux client on this test's own server (its own socket, so a tmux the machine
    /// already runs is never touched). Output goes through a file, not a pipe: the tmux server
    /// that `new-session` starts would inherit a pipe and hold it open.
    @discardableResult
    private func tmux(_ arguments: [String]) throws -> String {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("erfaring-tmux-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: file.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: file) }
        let handle = try FileHandle(forWritingTo: file)
        defer { try? handle.close() }
        let client = try ChildProcess("tmux", ["-L", session] + arguments,
                                      output: arguments.first == "new-session" ? .null : .file(handle))
        try client.wait(seconds: 20)
        return try String(contentsOf: file, encoding: .utf8)
    }

    private func screen() throws -> String { try tmux(["capture-pane", "-p", "-t", session]) }

    /// Waits until the screen shows `text` (below `after`, when given).
    private func wait(for text: String, after: String? = nil, seconds: Double = 15) throws -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            var shown = try screen()[...]
            if let after, let start = shown.range(of: after) { shown = shown[start.upperBound...] }
            if shown.contains(text) { return true }
            usleep(50_000)
        }
        return false
    }

    private func keys(_ keys: String...) throws { try tmux(["send-keys", "-t", session] + keys) }

    /// Waits until the shell shows an empty prompt again, ready for the next key.
    private func waitForPrompt(seconds: Double = 15) throws -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            let last = try screen().split(separator: "\n").last { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
            if last?.trimmingCharacters(in: .whitespaces) == "erfaring>" { return true }
            usleep(50_000)
        }
        return false
    }

    /// The processes a test's tmux server stands for: the server and the pane's process group.
    struct Server {
        var pid: pid_t
        var panePID: pid_t
    }

    /// Starts this test's tmux server with one pane running `command`.
    private func startServer(_ command: String, width: Int = 100, height: Int = 45) throws -> Server {
        do {
            try tmux(["new-session", "-d", "-s", session, "-x", String(width), "-y", String(height), command])
            let pids = try tmux(["display-message", "-p", "-t", session, "#{pid} #{pane_pid}"])
                .split(separator: " ").compactMap { pid_t($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
            guard pids.count == 2 else { throw ChildProcess.Failure(description: "tmux did not name its processes: \(pids)") }
            return Server(pid: pids[0], panePID: pids[1])
        } catch {
            _ = try? tmux(["kill-server"])
            throw error
        }
    }

    /// Stops the server with `kill-server`, as a user would, and checks that the server and the
    /// pane's processes are gone within five seconds; whatever is left is killed, and the test fails.
    private func stop(_ server: Server) {
        // A respawned pane has a new process.
        let panePID = (try? tmux(["display-message", "-p", "-t", session, "#{pane_pid}"]))
            .flatMap { pid_t($0.trimmingCharacters(in: .whitespacesAndNewlines)) } ?? server.panePID
        _ = try? tmux(["kill-server"])
        let deadline = Date().addingTimeInterval(5)
        func left() -> [pid_t] { Self.living { $0.pid == server.pid || $0.group == panePID } }
        while !left().isEmpty && Date() < deadline { usleep(20_000) }
        let remaining = left()
        #expect(remaining.isEmpty, "the tmux server or the pane's processes outlived kill-server: \(remaining)")
        remaining.forEach { kill($0, SIGKILL) }
    }

    /// Processes that are running (not zombies) and match `filter`, from /proc.
    static func living(_ filter: ((pid: pid_t, group: pid_t)) -> Bool) -> [pid_t] {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return entries.compactMap { name -> pid_t? in
            guard let pid = pid_t(name),
                  let stat = try? String(contentsOfFile: "/proc/\(name)/stat", encoding: .utf8),
                  let close = stat.lastIndex(of: ")") else { return nil }
            // After the command's name: state, parent, process group.
            let fields = stat[stat.index(after: close)...].split(separator: " ")
            guard fields.count > 2, fields[0] != "Z", let group = pid_t(fields[2]) else { return nil }
            return filter((pid, group)) ? pid : nil
        }
    }

    /// A fresh data folder; the caller removes it.
    private func makeHome() throws -> URL {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("erfaring-tmux-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        return home
    }

    /// The pane's command: the real binary on the base course, under `locale` (environment settings).
    /// `; sleep 30` keeps the pane (and its last screen) after the shell exits.
    private func shellCommand(home: URL, locale: String,
                              curriculum: String = Binary.fixtures.appendingPathComponent("base").path) throws -> String {
        return "env \(locale) TERM=xterm-256color ERFARING_HOME='\(home.path)' '\(try Binary.url.path)' --curriculum '\(curriculum)'; sleep 30"
    }

    /// The first run, typed: Norwegian, then the name Kåre Ø, up to the greeting.
    private func firstRun() throws {
        #expect(try wait(for: "Språk / Language"))
        try keys("1", "Enter")
        #expect(try wait(for: "Navn:"))
        try keys("Kåre Ø", "Enter")
        #expect(try wait(for: "Hei, Kåre Ø!"))
    }

    @Test("Tab completion, history and æøå typed and erased, through libedit")
    func interactive() throws {
        let home = try makeHome()
        defer { try? FileManager.default.removeItem(at: home) }
        let command = try shellCommand(home: home, locale: "LC_ALL=C.UTF-8")
        let server = try startServer(command)
        defer { stop(server) }

        try firstRun()
        #expect(try wait(for: "erfaring>"))

        // Tab completes a Norwegian command name and a module id.
        try keys("åp", "Tab")
        #expect(try wait(for: "erfaring> åpne"))
        try keys("bas", "Tab")
        #expect(try wait(for: "åpne basics"))
        try keys("Enter")
        #expect(try wait(for: "Grunnlag › Første leksjon"))
        try keys("hjem", "Enter")
        #expect(try wait(for: "Hei, Kåre Ø!"))

        // æøå typed, erased with Backspace, and typed again arrive intact.
        try keys("søk blåbærø")
        try keys("BSpace", "BSpace", "BSpace")
        try keys("ærø", "Enter")
        #expect(try wait(for: "Fant ingenting for «blåbærø»."))

        // History: the up arrow brings back the last command.
        try keys("Up")
        #expect(try wait(for: "erfaring> søk blåbærø"))
        try keys("C-u", "ordliste rec", "Tab")
        #expect(try wait(for: "ordliste recovery"))
        try keys("Enter")
        #expect(try wait(for: "En personlig prosess."))

        // Ctrl-C abandons the line and says how to leave; Ctrl-D leaves, and the history file is private.
        try keys("halvskrevet", "C-c")
        #expect(try wait(for: "For å gå ut: skriv 'avslutt'"))
        #expect(try waitForPrompt())
        try keys("C-d")
        #expect(try wait(for: "Ha det! Alt er lagret."))
        usleep(300_000)

        // A second learner on the same machine recalls only their own commands.
        let ola = try Binary.run(["profile", "create", "Ola"], environment: ["ERFARING_HOME": home.path])
        #expect(ola.status == 0, "\(ola.stderr)")
        try tmux(["respawn-pane", "-k", "-t", session, command])
        #expect(try wait(for: "Hei, Ola!"))
        #expect(try waitForPrompt())
        try keys("Up")
        usleep(300_000)
        #expect(try waitForPrompt(seconds: 2), "Up recalls nothing of Kåre's commands")
        try keys("søk bedring", "Enter")
        #expect(try wait(for: "«bedring»"))
        #expect(try waitForPrompt())
        try keys("Up")
        #expect(try wait(for: "erfaring> søk bedring"))
        try keys("C-u", "C-d")
        #expect(try wait(for: "Ha det! Alt er lagret.", after: "Hei, Ola!"))
        usleep(300_000)

        let files = try FileManager.default.contentsOfDirectory(atPath: home.path).filter { $0.hasPrefix("history-") }
        #expect(files.count == 2, "one history file per profile: \(files)")
        var histories: [String] = []
        for name in files {
            let file = home.appendingPathComponent(name)
            let attributes = try FileManager.default.attributesOfItem(atPath: file.path)
            #expect(attributes[.posixPermissions] as? Int == 0o600)
            // libedit writes spaces in its history file as \040.
            histories.append(try String(contentsOf: file, encoding: .utf8).replacingOccurrences(of: "\\040", with: " "))
        }
        let kare = try #require(histories.first { $0.contains("ordliste recovery") })
        let olas = try #require(histories.first { $0.contains("søk bedring") })
        #expect(!olas.contains("ordliste"))
        #expect(!kare.contains("søk bedring"))
        #expect(!kare.contains("Kåre"), "names and reflections never go to the history")
    }

    @Test("a machine whose locale is not UTF-8: æøå still arrive intact, no crash")
    func plainLocale() throws {
        let home = try makeHome()
        defer { try? FileManager.default.removeItem(at: home) }
        let command = try shellCommand(home: home, locale: "-u LC_ALL -u LC_CTYPE LANG=C")
        let server = try startServer(command)
        defer { stop(server) }
        try firstRun()
        try keys("søk blåbær", "Enter")
        #expect(try wait(for: "Fant ingenting for «blåbær»."))
        #expect(try !screen().contains("crashed"))
    }

    @Test("80×24: a practice conversation played at the keyboard; each line's speaker stays on screen with its options")
    func practiceAt80x24() throws {
        let home = try makeHome()
        defer { try? FileManager.default.removeItem(at: home) }
        let course = try #require(try CurriculumLoader.load(root: Binary.repository).curriculum)
        // The start of 'he-is-chronic' is the tallest decision of the shipped course at 80 columns.
        let conversation = try #require(course.conversation("he-is-chronic", in: "recovery-orientation"))
        let command = try shellCommand(home: home, locale: "LC_ALL=C.UTF-8", curriculum: Binary.repository.path)
        let server = try startServer(command, width: 80, height: 24)
        defer { stop(server) }
        try firstRun()
        #expect(try waitForPrompt())
        try keys("øv 1", "Enter")
        #expect(try wait(for: "Velg en samtale"))
        try keys("1", "Enter")
        var node = try #require(conversation.startNode)
        var decisions = 0
        while !node.isEnding {
            let says = Prose.flattened(try #require(node.says?.nb))
            let speaker = try #require(conversation.speaker(of: node)?.name.nb) + ":"
            #expect(try wait(for: String(says.prefix(30))), "the line of '\(node.id.value)'")
            #expect(try wait(for: "Ditt valg:"))
            let shown = try screen()
            let lines = shown.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            let speakerRow = try #require(lines.lastIndex { $0 == speaker }, "the speaker of '\(node.id.value)' is on screen")
            #expect(lines[speakerRow + 1].hasPrefix("  " + String(says.prefix(20))), "the line follows its speaker")
            for number in 1...node.options.count {
                #expect(lines[speakerRow...].contains { $0.hasPrefix("  \(number). ") }, "option \(number) below the speaker")
            }
            try keys("1", "Enter")
            #expect(try wait(for: "Enter: videre"))
            try keys("Enter")
            node = try #require(conversation.node(node.options[0].next.value))
            decisions += 1
        }
        #expect(decisions == 3)
        let ending = try #require({ () -> LocalizedText? in
            if case .ending(_, let title, _, _) = node.content { return title }
            return nil
        }())
        #expect(try wait(for: "Slutt: " + ending.nb))
        #expect(try wait(for: "Spille igjen"))
        try keys("nei", "Enter")
        #expect(try waitForPrompt())
        try keys("avslutt", "Enter")
        #expect(try wait(for: "Ha det!"))
    }

    @Test("80×24: Tab after 'åpne ' shows the module titles, not glossary ids; Ctrl-C twice at the prompt leaves")
    func completionAt80x24() throws {
        let home = try makeHome()
        defer { try? FileManager.default.removeItem(at: home) }
        let course = try #require(try CurriculumLoader.load(root: Binary.repository).curriculum)
        let command = try shellCommand(home: home, locale: "LC_ALL=C.UTF-8", curriculum: Binary.repository.path)
        let server = try startServer(command, width: 80, height: 24)
        defer { stop(server) }
        try firstRun()
        #expect(try waitForPrompt())
        try keys("åpne ", "Tab", "Tab")
        for title in course.modules.map(\.title.nb) {
            #expect(try wait(for: title, after: "erfaring> åpne"), "the title '\(title)' is offered")
        }
        // What libedit lists between the line typed and the prompt shown again: the titles, nothing else.
        let offered = try screen().components(separatedBy: "erfaring> åpne")
        #expect(offered.count == 3, "the line, the list and the prompt again")
        let cells = (offered.dropFirst().first ?? "").split(separator: "\n").flatMap {
            $0.components(separatedBy: "  ").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }
        #expect(Set(cells) == Set(course.modules.map(\.title.nb)), "\(cells)")
        #expect(cells.count == course.modules.count)
        // A title of several words, completed from its first letters, opens its module.
        try keys("Å k", "Tab")
        #expect(try wait(for: "erfaring> åpne Å kunne si nei"))
        try keys("Enter")
        #expect(try wait(for: "Å kunne si nei › "))
        try keys("hjem", "Enter")
        #expect(try waitForPrompt())
        try keys("C-c")
        #expect(try wait(for: "For å gå ut: skriv 'avslutt', trykk Ctrl-D, eller trykk Ctrl-C en gang til."))
        #expect(try waitForPrompt())
        try keys("C-c")
        #expect(try wait(for: "Ha det! Alt er lagret."))
    }

    @Test("80×24: Ctrl-D on an empty first line of a reflection skips it and the lesson goes on")
    func endAtReflectionAt80x24() throws {
        let home = try makeHome()
        defer { try? FileManager.default.removeItem(at: home) }
        let server = try startServer(try shellCommand(home: home, locale: "LC_ALL=C.UTF-8"), width: 80, height: 24)
        defer { stop(server) }
        try firstRun()
        #expect(try waitForPrompt())
        // The base course's first lesson: Enter at home and three more read on to its reflection
        // (keys typed ahead wait in the terminal, one line per prompt).
        for _ in 0..<4 { try keys("Enter") }
        #expect(try wait(for: "Refleksjon"))
        #expect(try wait(for: "✎", after: "Refleksjon"))
        try keys("C-d")
        #expect(try wait(for: "Hoppet over."))
        #expect(try wait(for: "Enter: videre", after: "Hoppet over."), "the lesson goes on")
        try keys("hjem", "Enter")
        #expect(try waitForPrompt())
        #expect(try !screen().contains("Ha det!"), "the shell is still there")
        try keys("avslutt", "Enter")
        #expect(try wait(for: "Ha det! Alt er lagret."))
    }

    @Test("80×24: 'profil' switches inside the shell; each profile's arrow keys recall only its own commands")
    func switchProfileAt80x24() throws {
        let home = try makeHome()
        defer { try? FileManager.default.removeItem(at: home) }
        for arguments in [["profile", "create", "Ola", "--lang", "en"], ["profile", "create", "Kari"]] {
            let made = try Binary.run(arguments, environment: ["ERFARING_HOME": home.path])
            #expect(made.status == 0, "\(made.stderr)")
        }
        let server = try startServer(try shellCommand(home: home, locale: "LC_ALL=C.UTF-8"), width: 80, height: 24)
        defer { stop(server) }
        #expect(try wait(for: "Hei, Kari!"))
        #expect(try waitForPrompt())
        try keys("søk bedring", "Enter")
        #expect(try wait(for: "«bedring»"))
        #expect(try waitForPrompt())
        try keys("profil ola", "Enter")
        #expect(try wait(for: "Hi, Ola!"))
        #expect(try waitForPrompt())
        // The greeting and the switch stay on the 24-line screen.
        let switched = try screen()
        #expect(switched.contains("Switched to profile 'Ola'."), "\(switched)")
        try keys("Up")
        usleep(300_000)
        #expect(try waitForPrompt(seconds: 2), "Up recalls nothing of Kari's commands")
        try keys("search recovery", "Enter")
        #expect(try waitForPrompt())
        try keys("Up")
        #expect(try wait(for: "erfaring> search recovery"))
        try keys("C-u", "profile kari", "Enter")
        #expect(try wait(for: "Hei, Kari!", after: "Byttet til profilen 'Kari'."))
        #expect(try waitForPrompt())
        try keys("Up")
        #expect(try wait(for: "erfaring> profil ola"))
        try keys("C-u", "C-d")
        #expect(try wait(for: "Ha det! Alt er lagret."))
        usleep(300_000)

        func history(_ name: String) throws -> String {
            let store = try ProgressStore(url: home.appendingPathComponent("progress.sqlite"))
            let profile = try #require(try store.profiles().first { $0.name == name })
            let file = DataLocation(folder: home).history(profile: profile.id)
            return try String(contentsOf: file, encoding: .utf8).replacingOccurrences(of: "\\040", with: " ")
        }
        let kari = try history("Kari"), ola = try history("Ola")
        #expect(kari.contains("søk bedring") && kari.contains("profil ola"), "\(kari)")
        #expect(!kari.contains("search recovery") && !kari.contains("profile kari"), "\(kari)")
        #expect(ola.contains("search recovery") && ola.contains("profile kari"), "\(ola)")
        #expect(!ola.contains("søk bedring"), "\(ola)")
    }

    /// The whole pane, its scrollback included.
    private func scrollback() throws -> String { try tmux(["capture-pane", "-p", "-S", "-", "-t", session]) }

    /// The last line on screen that is not blank.
    private func lastLine() throws -> String {
        try screen().split(separator: "\n").last { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
            .map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
    }

    /// Waits until the last line is the prompt or the pager's more-line; returns which.
    private func waitForPromptOrMore(_ more: String, seconds: Double = 15) throws -> String? {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            let last = try lastLine()
            if last == "erfaring>" || last == more { return last }
            usleep(50_000)
        }
        return nil
    }

    @Test("80×24: home at start shows greeting and title; the glossary pages (Space on, q stops); search's last hit is reached")
    func pagerAt80x24() throws {
        let more = "-- mer (mellomrom/Enter, q for å stoppe) --"
        let home = try makeHome()
        defer { try? FileManager.default.removeItem(at: home) }
        let created = try Binary.run(["profile", "create", "Kari"], environment: ["ERFARING_HOME": home.path])
        #expect(created.status == 0, "\(created.stderr)")
        let course = try #require(try CurriculumLoader.load(root: Binary.repository).curriculum)
        let command = try shellCommand(home: home, locale: "LC_ALL=C.UTF-8", curriculum: Binary.repository.path)
        let server = try startServer(command, width: 80, height: 24)
        defer { stop(server) }

        // Home fits: the greeting, the title and the seventh module are on screen with the prompt.
        #expect(try waitForPrompt())
        let start = try screen()
        #expect(start.contains("Hei, Kari!") && start.contains(course.course.title.nb), "\(start)")
        #expect(start.contains(" 7. ") && start.contains(course.modules[6].title.nb))

        // The glossary stops at the window's last row; Space shows the next window; q stops.
        try keys("ordliste", "Enter")
        #expect(try wait(for: more))
        #expect(try lastLine() == more)
        #expect(try screen().contains("Ordlisten (\(course.course.glossary.count) begreper)"), "the header on the first page")
        try keys("Space")
        let deadline = Date().addingTimeInterval(10)
        while try screen().components(separatedBy: more).count < 3 && Date() < deadline { usleep(50_000) }
        #expect(try screen().components(separatedBy: more).count == 3, "the first more-line stays; a second one below")
        try keys("q")
        #expect(try waitForPrompt())
        let lastTerm = try #require(course.course.glossary.map(\.term.nb).sorted { $0.lowercased() < $1.lowercased() }.last)
        #expect(try !scrollback().contains("  " + lastTerm + "  "), "q dropped the rest of the glossary")

        // Search shows every hit: Space until the prompt comes back.
        try keys("søk veiledning", "Enter")
        #expect(try wait(for: "Treff for «veiledning»"))
        var pages = 0
        while try waitForPromptOrMore(more) == more, pages < 10 {
            // Space once the more-line waits; then the screen must change before the next look.
            let before = try screen()
            pages += 1
            try keys("Space")
            let changed = Date().addingTimeInterval(10)
            while try screen() == before && Date() < changed { usleep(50_000) }
        }
        #expect(try waitForPrompt())
        #expect(pages >= 1)
        let all = try scrollback()
        let output = try #require(all.components(separatedBy: "erfaring> søk veiledning").last)
        let header = try #require(output.range(of: #"«veiledning» \((\d+)\):"#, options: .regularExpression))
        let count = Int(output[header].filter(\.isNumber)) ?? -1
        #expect(count > 10)
        #expect(output.components(separatedBy: "(åpne").count - 1 == count, "every hit shown")
        try keys("avslutt", "Enter")
        #expect(try wait(for: "Ha det!"))
    }
}
