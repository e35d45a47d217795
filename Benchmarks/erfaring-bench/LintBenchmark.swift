// Lint on hostile input, each case a separate process so its peak memory is its own:
//
//   - 8 MB of wrong keys (text and --format json), 8 MB of duplicate keys, 8 MB of `- [x]`,
//   - a 2 MB text aliased 1,000 times (the alias-work case),
//   - two 100,000-character ids that "did you mean" would compare,
//   - an 8 MB practice conversation of chained nodes (reader, bounds and graph walk),
//   - a 100 MB file of NULs (over the size limit),
//
// measured as wall time and peak resident memory (ru_maxrss from wait4) of `erfaring lint`,
// run in a child of this benchmark (the same command code as the erfaring binary). Floors: on
// any input under the size limit, lint takes at most 1 s and 300 MB.
//
// ERFARING_BENCH_LINT_BINARY=/path/to/erfaring runs that binary instead, to compare builds;
// ERFARING_BENCH_LINT_ONLY=TEXT runs only the cases whose name contains TEXT.

import ErfaringCLI
import ErfaringKit
import Foundation
#if canImport(Glibc)
import Glibc
#endif

enum LintBenchmark {
    struct Case {
        var name: String
        var arguments: [String]
        var underLimit = true
    }

    struct Figures {
        var seconds: Double
        var megabytes: Double
        var outputBytes: Int
        var status: Int32
        var timedOut: Bool
    }

    static let floorSeconds = 1.0
    static let floorMegabytes = 300.0

    /// Writes the synthetic course of `LoadBenchmark` to `folder` with `change` applied.
    static func writeCourse(to folder: URL, _ change: (inout [CurriculumFile]) -> Void) throws {
        var files = LoadBenchmark.makeCurriculum(modules: 3)
        change(&files)
        for name in Set(files.map { ($0.path as NSString).deletingLastPathComponent }) {
            try FileManager.default.createDirectory(at: folder.appendingPathComponent(name), withIntermediateDirectories: true)
        }
        for file in files { try Data(file.bytes).write(to: folder.appendingPathComponent(file.path)) }
    }

    /// Appends lines made by `line` to the file at `path` until it holds about `size` bytes.
    static func pad(_ files: inout [CurriculumFile], _ path: String, to size: Int, _ line: (Int) -> String) {
        guard let index = files.firstIndex(where: { $0.path == path }) else { return }
        var bytes = files[index].bytes
        var counter = 0
        while true {
            let next = Array(line(counter).utf8)
            if bytes.count + next.count > size { break }
            bytes += next
            counter += 1
        }
        files[index].bytes = bytes
    }

    static func makeCases(in root: URL) throws -> [Case] {
        let size = 8_000_000  // under the 8 MiB limit
        let wrongKeys = root.appendingPathComponent("wrong-keys")
        try writeCourse(to: wrongKeys) { pad(&$0, "Curriculum/module-0.yaml", to: size) { "wrong-key-\($0): 1\n" } }
        let duplicates = root.appendingPathComponent("duplicate-keys")
        try writeCourse(to: duplicates) { pad(&$0, "Curriculum/module-0.yaml", to: size) { _ in "sources: []\n" } }
        let lists = root.appendingPathComponent("one-item-lists")
        try writeCourse(to: lists) { files in
            files[files.count - 1].bytes += Array("\nbig:\n".utf8)
            pad(&files, files[files.count - 1].path, to: size) { _ in "  - [x]\n" }
        }
        let alias = root.appendingPathComponent("alias-work")
        try writeCourse(to: alias) { files in
            // Objectives whose texts are all the one 2 MB text: every alias is read and checked.
            guard let index = files.firstIndex(where: { $0.path == "Curriculum/module-0.yaml" }) else { return }
            var objectives = "objectives:\n  - id: big\n    text: { nb: &big \"" + String(repeating: "x", count: 2_000_000)
                + "\", en: Big. }\n"
            for number in 0..<500 { objectives += "  - id: copy-\(number)\n    text: { nb: *big, en: *big }\n" }
            let text = String(decoding: files[index].bytes, as: UTF8.self)
                .replacingOccurrences(of: "objectives:\n", with: objectives)
            files[index].bytes = Array(text.utf8)
        }
        let longIDs = root.appendingPathComponent("long-ids")
        try writeCourse(to: longIDs) { files in
            let id = String(repeating: "a", count: 100_000)
            if let index = files.firstIndex(where: { $0.path == "Curriculum/module-0.yaml" }) {
                let text = String(decoding: files[index].bytes, as: UTF8.self)
                    .replacingOccurrences(of: "objectives:\n", with: "objectives:\n  - id: \(id)\n    text: { nb: Lang., en: Long. }\n")
                files[index].bytes = Array(text.utf8)
            }
            if let index = files.firstIndex(where: { $0.path == "Quizzes/module-0.yaml" }) {
                let text = String(decoding: files[index].bytes, as: UTF8.self)
                    .replacingOccurrences(of: "objective: objective-0\n", with: "objective: \(id.dropLast())b\n")
                files[index].bytes = Array(text.utf8)
            }
        }
        let conversation = root.appendingPathComponent("conversation-nodes")
        try writeCourse(to: conversation) { files in
            // One conversation whose nodes form a chain as long as 8 MB allows, each with a retry
            // option back to the start: read, counted against the bounds, and walked as a graph.
            let header = """
                module: module-0
                conversations:
                  - id: long
                    objective: objective-0
                    title: { nb: Lang, en: Long }
                    setting: { nb: Et møte., en: A meeting. }
                    people: [{ id: p, name: { nb: P, en: P } }]
                    start: n0
                    nodes:

                """
            files.append(CurriculumFile(path: "Conversations/module-0.yaml", role: .conversation, bytes: Array(header.utf8)))
            pad(&files, "Conversations/module-0.yaml", to: size) { index in
                "      - { id: n\(index), says: { nb: a, en: a }, options: [{ id: a, text: { nb: a, en: a }, "
                    + "feedback: { nb: a, en: a }, next: n\(index + 1) }, { id: b, text: { nb: b, en: b }, "
                    + "feedback: { nb: b, en: b }, next: n0, retry: true }] }\n"
            }
        }
        let huge = root.appendingPathComponent("huge-file")
        try writeCourse(to: huge) { _ in }
        let nul = huge.appendingPathComponent("Quizzes/zeros.yaml")
        _ = FileManager.default.createFile(atPath: nul.path, contents: nil)
        let handle = try FileHandle(forWritingTo: nul)
        try handle.truncate(atOffset: 100_000_000)
        try handle.close()
        return [
            Case(name: "8 MB of wrong keys", arguments: ["lint", wrongKeys.path]),
            Case(name: "8 MB of wrong keys, --format json", arguments: ["lint", "--format", "json", wrongKeys.path]),
            Case(name: "8 MB of duplicate keys", arguments: ["lint", duplicates.path]),
            Case(name: "8 MB of one-item lists", arguments: ["lint", lists.path]),
            Case(name: "2 MB text aliased 1,000 times", arguments: ["lint", alias.path]),
            Case(name: "two 100,000-character ids", arguments: ["lint", longIDs.path]),
            Case(name: "8 MB conversation of chained nodes", arguments: ["lint", conversation.path]),
            Case(name: "100 MB of NULs (over the limit)", arguments: ["lint", huge.path], underLimit: false),
        ]
    }

    /// Runs `executable arguments` with stdout to a file; returns time, peak memory and output size.
    static func spawn(_ executable: String, _ arguments: [String], output: URL, timeout: Double) -> Figures? {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, output.path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var pid: pid_t = 0
        let start = DispatchTime.now().uptimeNanoseconds
        guard posix_spawn(&pid, executable, &actions, nil, argv, environ) == 0 else { return nil }
        var status: Int32 = 0
        var usage = rusage()
        var timedOut = false
        while wait4(pid, &status, WNOHANG, &usage) == 0 {
            if Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9 > timeout {
                kill(pid, SIGKILL)
                timedOut = true
                _ = wait4(pid, &status, 0, &usage)
                break
            }
            usleep(2_000)
        }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        let written = (try? FileManager.default.attributesOfItem(atPath: output.path)[.size] as? Int) ?? 0
        let exit = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        return Figures(seconds: seconds, megabytes: Double(usage.ru_maxrss) / 1024, outputBytes: written,
                       status: exit, timedOut: timedOut)
    }

    static func run() -> Bool {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("erfaring-lint-bench-\(getpid())")
        defer { try? FileManager.default.removeItem(at: root) }
        let cases: [Case]
        do {
            cases = try makeCases(in: root)
        } catch {
            print("error: could not write the lint inputs: \(error)")
            return false
        }
        let other = ProcessInfo.processInfo.environment["ERFARING_BENCH_LINT_BINARY"]
        let executable = other ?? URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().path
        print("Lint on hostile input, one process per case\(other.map { " (binary: \($0))" } ?? ""):")
        var ok = true
        let only = ProcessInfo.processInfo.environment["ERFARING_BENCH_LINT_ONLY"]
        for item in cases where only.map({ item.name.contains($0) }) ?? true {
            let arguments = other == nil ? ["lint-child"] + item.arguments : item.arguments
            // Three runs (one for another binary); the median time and the largest peak memory.
            var runs: [Figures] = []
            for _ in 0..<(other == nil ? 3 : 1) {
                guard let figures = spawn(executable, arguments, output: root.appendingPathComponent("out"), timeout: 60) else {
                    print("error: could not start \(executable)")
                    return false
                }
                runs.append(figures)
                if figures.timedOut { break }
            }
            let seconds = runs.map(\.seconds).sorted()[runs.count / 2]
            let megabytes = runs.map(\.megabytes).max() ?? 0
            let last = runs[runs.count - 1]
            let within = seconds <= floorSeconds && megabytes <= floorMegabytes && !last.timedOut
            if item.underLimit && !within { ok = false }
            print(item.name.padding(toLength: 36, withPad: " ", startingAt: 0)
                  + String(format: "%8.0f ms %3.0f%% of 1 s  %7.1f MB %3.0f%% of 300 MB  exit %d  output %d bytes",
                           seconds * 1000, seconds / floorSeconds * 100, megabytes, megabytes / floorMegabytes * 100,
                           last.status, last.outputBytes)
                  + (last.timedOut ? "  (killed after 60 s)" : ""))
        }
        print(ok ? "within the floors" : "OUTSIDE the floors")
        return ok
    }
}
