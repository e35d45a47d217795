import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// A child process for the tests: started with `posix_spawn`, reaped with `waitpid`, and never
/// waited for without a deadline.
///
/// Foundation's `Process` on Linux learns that a child has ended when a socket the child inherits
/// is closed. A child that starts a daemon (`tmux new-session` starts the tmux server) can hand
/// that socket on, and a test waiting for the child then waits as long as the daemon lives. Here
/// the end of the child is its own exit, and every wait gives up (and kills) after its deadline.
final class ChildProcess: @unchecked Sendable {
    /// Where the child's standard output or error goes.
    enum Sink {
        case null
        case pipe
        case file(FileHandle)
        /// Standard error only: the same place as standard output.
        case output
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    let pid: pid_t
    let command: String
    /// The parent's end of the child's standard input, when it is a pipe.
    let input: FileHandle?
    /// The parent's ends of the child's standard output and error, when they are pipes.
    let output: FileHandle?
    let error: FileHandle?

    private let lock = NSLock()
    private var exitStatus: Int32?

    /// Starts `executable` (a path, or a name looked up in `PATH`).
    init(_ executable: String, _ arguments: [String], environment: [String: String]? = nil,
         directory: URL? = nil, input wantsInput: Bool = false, output: Sink = .null, error: Sink = .null) throws {
        command = ([executable] + arguments).joined(separator: " ")
        // A child that exits before reading all its input must not take the test run with it.
        _ = Self.ignoreBrokenPipes
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }

        var childEnds: [Int32] = []
        // Ends meant for a child that never started are closed too.
        defer { childEnds.forEach { close($0) } }
        func pipePair() throws -> (read: Int32, write: Int32) {
            var fds: [Int32] = [0, 0]
            guard pipe(&fds) == 0 else { throw Failure(description: "pipe: \(String(cString: strerror(errno)))") }
            for fd in fds { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
            return (fds[0], fds[1])
        }

        var inputHandle: FileHandle?
        if wantsInput {
            let ends = try pipePair()
            posix_spawn_file_actions_adddup2(&actions, ends.read, STDIN_FILENO)
            childEnds.append(ends.read)
            inputHandle = FileHandle(fileDescriptor: ends.write, closeOnDealloc: true)
        } else {
            posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0)
        }

        func connect(_ sink: Sink, to target: Int32) throws -> FileHandle? {
            switch sink {
            case .null:
                posix_spawn_file_actions_addopen(&actions, target, "/dev/null", O_WRONLY, 0)
                return nil
            case .pipe:
                let ends = try pipePair()
                posix_spawn_file_actions_adddup2(&actions, ends.write, target)
                childEnds.append(ends.write)
                return FileHandle(fileDescriptor: ends.read, closeOnDealloc: true)
            case .file(let handle):
                posix_spawn_file_actions_adddup2(&actions, handle.fileDescriptor, target)
                return nil
            case .output:
                posix_spawn_file_actions_adddup2(&actions, STDOUT_FILENO, target)
                return nil
            }
        }
        self.input = inputHandle
        self.output = try connect(output, to: STDOUT_FILENO)
        self.error = try connect(error, to: STDERR_FILENO)

        // Nothing else of this process (other tests' pipes, say) reaches the child.
        try Self.closeFrom(3, in: &actions)
        if let directory { try Self.changeDirectory(directory.path, in: &actions) }

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        // The child starts with no signal blocked, and SIGPIPE and SIGXFSZ at their default
        // actions, as from a login shell. The test runner's threads block signals, and a child
        // inherits that mask: a tmux server started with SIGTERM blocked ignores `kill-server`, a
        // pane with SIGHUP blocked outlives it, and a test of the file size limit would not see
        // what a learner's process would.
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        sigaddset(&defaults, SIGPIPE)
        sigaddset(&defaults, SIGXFSZ)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        let environment = environment ?? ProcessInfo.processInfo.environment
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var pid: pid_t = 0
        let spawn = executable.contains("/") ? posix_spawn : posix_spawnp
        let result = spawn(&pid, executable, &actions, &attributes, argv, envp)
        childEnds.forEach { close($0) }
        childEnds = []
        guard result == 0 else {
            throw Failure(description: "cannot start \(executable): \(String(cString: strerror(result)))")
        }
        self.pid = pid
    }

    /// Writes `text` to the child's standard input and closes it, from another thread, so a child
    /// that answers before it has read everything cannot block the test.
    func send(_ text: String) {
        guard let input else { return }
        let data = Data(text.utf8)
        Thread.detachNewThread {
            try? input.write(contentsOf: data)
            try? input.close()
        }
    }

    /// Waits for the child to exit and returns its status (128 + the signal when killed).
    /// After `seconds` the child is killed and the wait fails.
    @discardableResult
    func wait(seconds: Double = 120) throws -> Int32 {
        let deadline = Date().addingTimeInterval(seconds)
        while true {
            if let status = reap(options: WNOHANG) { return status }
            if Date() >= deadline {
                kill(pid, SIGKILL)
                _ = reap(options: 0)
                throw Failure(description: "'\(command)' did not exit within \(Int(seconds)) s and was killed")
            }
            usleep(5_000)
        }
    }

    /// Kills the child with SIGKILL and reaps it; a child already reaped is left alone (its
    /// process id may belong to another process by now).
    func kill9() {
        lock.lock()
        let reaped = exitStatus != nil
        lock.unlock()
        guard !reaped else { return }
        kill(pid, SIGKILL)
        _ = reap(options: 0)
    }

    /// A child the test forgot (a test that failed half-way) does not outlive it.
    deinit {
        try? input?.close()
        kill9()
    }

    private func reap(options: Int32) -> Int32? {
        lock.lock()
        defer { lock.unlock() }
        if let exitStatus { return exitStatus }
        var status: Int32 = 0
        var result: pid_t
        repeat { result = waitpid(pid, &status, options) } while result == -1 && errno == EINTR
        guard result == pid else { return nil }
        let signal = status & 0x7f
        exitStatus = signal == 0 ? (status >> 8) & 0xff : 128 + signal
        return exitStatus
    }

    private static let ignoreBrokenPipes: Void = { _ = signal(SIGPIPE, SIG_IGN) }()

    // glibc has both file actions (2.29 and 2.34) but Swift's Glibc module does not show them.
    private typealias FileAction = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32
    private typealias PathAction = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, UnsafePointer<CChar>) -> Int32

    private static func symbol(_ name: String) throws -> UnsafeMutableRawPointer {
        guard let symbol = dlsym(dlopen(nil, RTLD_NOW), name) else {
            throw Failure(description: "this C library has no \(name)")
        }
        return symbol
    }

    private static func closeFrom(_ fd: Int32, in actions: inout posix_spawn_file_actions_t) throws {
        let function = unsafeBitCast(try symbol("posix_spawn_file_actions_addclosefrom_np"), to: FileAction.self)
        guard function(&actions, fd) == 0 else { throw Failure(description: "posix_spawn_file_actions_addclosefrom_np failed") }
    }

    private static func changeDirectory(_ path: String, in actions: inout posix_spawn_file_actions_t) throws {
        let function = unsafeBitCast(try symbol("posix_spawn_file_actions_addchdir_np"), to: PathAction.self)
        guard function(&actions, path) == 0 else { throw Failure(description: "posix_spawn_file_actions_addchdir_np failed") }
    }
}

extension FileHandle {
    /// Reads to the end on a thread of its own, so two pipes can be drained at once; the returned
    /// function waits for the end and gives the bytes.
    func readToEndInBackground() -> @Sendable () -> Data {
        final class Box: @unchecked Sendable {
            let done = DispatchSemaphore(value: 0)
            var data = Data()
        }
        let box = Box()
        Thread.detachNewThread {
            box.data = self.readDataToEndOfFile()
            box.done.signal()
        }
        return {
            box.done.wait()
            box.done.signal()
            return box.data
        }
    }
}

@Suite("Child processes of the tests")
struct ChildProcessTests {
    @Test("a child that leaves a process of its own behind is done when it exits")
    func daemonizingChild() throws {
        // The process left behind says who it is, and the test ends it: tests leave nothing running.
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("erfaring-daemon-\(UUID().uuidString)")
        #expect(FileManager.default.createFile(atPath: file.path, contents: nil))
        defer { try? FileManager.default.removeItem(at: file) }
        let handle = try FileHandle(forWritingTo: file)
        defer { try? handle.close() }
        let started = Date()
        let child = try ChildProcess("/bin/sh", ["-c", "sleep 30 & echo $!; exit 3"], output: .file(handle))
        #expect(try child.wait(seconds: 10) == 3)
        #expect(Date().timeIntervalSince(started) < 10)
        let daemon = try #require(pid_t(try String(contentsOf: file, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)))
        #expect(kill(daemon, 0) == 0, "the sleep outlived its parent, as a daemon does")
        kill(daemon, SIGKILL)
    }

    @Test("a child that does not exit is killed at its deadline, and the wait fails")
    func deadline() throws {
        let child = try ChildProcess("sleep", ["30"])
        #expect(throws: ChildProcess.Failure.self) { try child.wait(seconds: 0.2) }
        #expect(kill(child.pid, 0) == -1, "the child is gone")
    }

    @Test("input, output and error pipes, drained at once; a directory to start in")
    func pipes() throws {
        let folder = FileManager.default.temporaryDirectory
        let child = try ChildProcess("/bin/sh", ["-c", "pwd; cat; head -c 200000 /dev/zero | tr '\\\\0' x >&2"],
                                     directory: folder, input: true, output: .pipe, error: .pipe)
        let output = try #require(child.output).readToEndInBackground()
        let error = try #require(child.error).readToEndInBackground()
        child.send("æøå\n")
        #expect(try child.wait() == 0)
        let lines = String(decoding: output(), as: UTF8.self).split(separator: "\n")
        #expect(lines.last == "æøå")
        #expect(lines.first.map { URL(fileURLWithPath: String($0)).standardizedFileURL } == folder.standardizedFileURL)
        #expect(error().count == 200_000)
    }
}
