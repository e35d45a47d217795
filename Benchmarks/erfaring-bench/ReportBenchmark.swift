// Cohort report benchmark: 1,000 learners' JSON exports of the shipped course (deterministic
// progress, attempts, scores, an assignment each), reported by the release `erfaring` binary as a
// table, CSV and HTML against an assignment file. Prints the median wall time of three runs per
// format and the report process's peak memory (its maximum resident set, from wait4).

import ErfaringKit
import Foundation

#if canImport(Glibc)
import Glibc
#endif

enum ReportBenchmark {
    static func run(repository: URL, learners: Int = 1_000) throws -> Bool {
        let root = repository
        guard let curriculum = try CurriculumLoader.load(root: repository).curriculum else {
            print("report: the shipped curriculum does not load")
            return false
        }
        let binary = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
            .deletingLastPathComponent().appendingPathComponent("erfaring")
        guard FileManager.default.isExecutableFile(atPath: binary.path) else {
            print("report: build the release 'erfaring' first (make bench does)")
            return false
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("erfaring-report-bench-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let files = try (0..<learners).map { index in
            let file = folder.appendingPathComponent("learner-\(index).json")
            try Data(export(index, curriculum: curriculum).utf8).write(to: file)
            return file.path
        }
        let bytes = try files.reduce(0) { $0 + ((try FileManager.default.attributesOfItem(atPath: $1)[.size] as? Int) ?? 0) }
        let assignment = folder.appendingPathComponent("assignment.yaml")
        let items = curriculum.modules.prefix(4).map { Assignment.Item(moduleID: $0.id.value, due: "2026-12-01") }
        try Data(AssignmentFile.render(Assignment(id: "bench-2026", cohort: "Benchmark", message: nil, contact: nil,
                                                  items: items)).utf8).write(to: assignment)
        print("Cohort report: \(learners) learners' exports (\(bytes / 1024) KB), \(curriculum.modules.count) modules, "
              + "release build")
        var ok = true
        for format in ["table", "csv", "html"] {
            let out = folder.appendingPathComponent("report.\(format)")
            var times: [Double] = []
            var peak = 0
            for _ in 0..<3 {
                let result = try measure(binary.path, ["facilitator", "report", "--curriculum", root.path,
                                                       "--assignment", assignment.path, "--format", format,
                                                       "--today", "2026-12-15", "--out", out.path] + files)
                guard result.status == 0 else {
                    print("  \(format): exit status \(result.status)")
                    ok = false
                    break
                }
                times.append(result.seconds)
                peak = max(peak, result.peakKB)
            }
            guard times.count == 3 else { continue }
            let size = (try FileManager.default.attributesOfItem(atPath: out.path)[.size] as? Int) ?? 0
            print("  --format \(format.padding(toLength: 5, withPad: " ", startingAt: 0))  "
                  + String(format: "%6.0f ms (median of 3)   peak memory %6.1f MB   output %6d KB",
                           times.sorted()[1] * 1000, Double(peak) / 1024, size / 1024))
        }
        return ok
    }

    /// One learner's export: progress that varies with `index`, the way a real cohort's does.
    static func export(_ index: Int, curriculum: Curriculum) -> String {
        var seed = UInt64(index) &* 2_862_933_555_777_941_757 &+ 3_037_000_493
        func next(_ bound: Int) -> Int {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            return Int(seed >> 33) % bound
        }
        let id = String(format: "%08x-0000-4000-8000-%012x", index, index)
        let modules = curriculum.modules.map { module -> String in
            let total = module.lessons.count
            let done = min(total, next(total + 2))
            let attempts = done == total ? next(5) : 0
            let scores = (0..<attempts).map { _ in Double(next(11)) / 10 }
            let passed = scores.contains { $0 >= 0.8 }
            let day = String(format: "2026-11-%02dT%02d:00:00.000Z", 1 + next(28), next(24))
            var fields = ["\"id\": \"\(module.id.value)\"", "\"title\": \"\(module.title[.nb])\"", "\"lessonsDone\": \(done)",
                          "\"lessonsTotal\": \(total)", "\"attempts\": \(attempts)"]
            if let best = scores.max(), let last = scores.last { fields += ["\"bestScore\": \(best)", "\"lastScore\": \(last)"] }
            if passed { fields += ["\"passedAt\": \"\(day)\"", "\"completedAt\": \"\(day)\""] }
            if done > 0 || attempts > 0 { fields.append("\"lastActivityAt\": \"\(day)\"") }
            return "{" + fields.joined(separator: ", ") + "}"
        }
        return """
            {"schema": "\(ProgressExport.schemaName)", "exportedAt": "2026-12-01T12:00:00.000Z",
             "course": {"id": "\(curriculum.course.id.value)", "title": "\(curriculum.course.title[.nb])"},
             "learner": {"id": "\(id)", "name": "Deltaker \(index)", "language": "nb"},
             "modules": [\(modules.joined(separator: ",\n"))],
             "dueReviews": \(next(30)),
             "assignments": [{"id": "bench-2026", "cohort": "Benchmark", "modules": [{"moduleID": "\(curriculum.modules[0].id.value)", "due": "2026-12-01"}]}]}

            """
    }

    /// Runs `path` with `arguments`, output to /dev/null; its wall time and peak resident memory.
    static func measure(_ path: String, _ arguments: [String]) throws -> (status: Int32, seconds: Double, peakKB: Int) {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = ([path] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let started = Date()
        guard posix_spawn(&pid, path, &actions, nil, argv, environ) == 0 else {
            throw NSError(domain: "erfaring-bench", code: 1, userInfo: [NSLocalizedDescriptionKey: "cannot start \(path)"])
        }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) == -1 && errno == EINTR {}
        let seconds = Date().timeIntervalSince(started)
        let code = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        return (code, seconds, usage.ru_maxrss)
    }
}
