import ErfaringKit
import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

@Suite("Atomic file writes")
struct AtomicFileTests {
    /// The id of a process that has ended.
    private func deadProcessID() throws -> pid_t {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/true")
        try process.run()
        process.waitUntilExit()
        return process.processIdentifier
    }

    @Test("temporary files left by a write killed half-way are removed by the next write; others are kept")
    func staleTemporaries() throws {
        let temp = try TemporaryFolder()
        let target = temp.url.appendingPathComponent("out.json")
        let dead = try deadProcessID()
        let names = [
            ".out.json.\(dead).0badc0de.tmp",          // its writer was killed: removed
            ".out.json.1a2b3c4d.tmp",                  // an earlier version's, two hours old: removed
            ".out.json.\(getpid()).12345678.tmp",      // a write in progress in this process: kept
            ".other.json.\(dead).0badc0de.tmp",        // another file's: kept
            "out.json.\(dead).0badc0de.tmp",           // not the pattern: kept
        ]
        for name in names {
            try Data("partial".utf8).write(to: temp.url.appendingPathComponent(name))
        }
        var old = [timeval(tv_sec: time(nil) - 7200, tv_usec: 0), timeval(tv_sec: time(nil) - 7200, tv_usec: 0)]
        #expect(utimes(temp.url.appendingPathComponent(names[1]).path, &old) == 0)
        try AtomicFile.write(Array("{}".utf8), to: target)
        let left = Set(try FileManager.default.contentsOfDirectory(atPath: temp.url.path))
        #expect(left == Set(names[2...] + ["out.json"]))
        #expect(try String(contentsOf: target, encoding: .utf8) == "{}")
    }
}
