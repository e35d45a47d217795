import Foundation
import Testing

/// An HTTP server for the fault cases a real LRS cannot produce (Tests/lrs/fault_server.py, run
/// by the Python in ERFARING_TEST_PYTHON or python3): it answers from a script of responses and
/// logs every request it receives. It keeps the statements it says it stored and shows them to a
/// `GET ?statementId=`, as an LRS does. It is killed when the value goes away, pass or fail.
final class FaultServer: @unchecked Sendable {
    /// One answer of the script; the last is repeated.
    enum Step {
        case answer(Int, headers: [String: String] = [:], body: String = "")
        /// 200 with the ids of the statements POSTed, as an LRS that stored them answers, less
        /// the last `dropping`, which are stored as well when `keepDropped`.
        case echoIDs(dropping: Int = 0, keepDropped: Bool = false)
        /// Stores the statements POSTed and answers 204, as an LRS that had them all already.
        case storeQuietly
        /// Reads the request and never answers.
        case hang
    }

    /// A request as the server logged it.
    struct Request: Decodable {
        var method: String
        var path: String
        var authorization: String?
        var body: Int
    }

    let host: String
    let port: Int
    private let folder: URL
    private let child: ChildProcess

    var url: String { "http://\(host):\(port)" }
    var pid: pid_t { child.pid }

    init(host: String = "127.0.0.1", _ script: [Step]) throws {
        self.host = host
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("erfaring-fault-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let steps: [[String: Any]] = script.map { step in
            switch step {
            case .answer(let status, let headers, let body): return ["status": status, "headers": headers, "body": body]
            case .echoIDs(let dropping, let keep): return ["status": 200, "echo_ids": true, "drop": dropping, "keep_dropped": keep]
            case .storeQuietly: return ["status": 204, "store": true]
            case .hang: return ["hang": true]
            }
        }
        let scriptFile = folder.appendingPathComponent("script.json")
        try JSONSerialization.data(withJSONObject: steps).write(to: scriptFile)
        let portFile = folder.appendingPathComponent("port")
        let python = ProcessInfo.processInfo.environment["ERFARING_TEST_PYTHON"] ?? "python3"
        child = try ChildProcess(python, [Binary.repository.appendingPathComponent("Tests/lrs/fault_server.py").path,
                                          host, scriptFile.path, portFile.path, folder.appendingPathComponent("log").path],
                                 error: .null)
        let deadline = Date().addingTimeInterval(15)
        var port: Int?
        while port == nil, Date() < deadline {
            port = (try? String(contentsOf: portFile, encoding: .utf8)).flatMap { Int($0) }
            if port == nil { usleep(20_000) }
        }
        guard let port else {
            child.kill9()
            throw ChildProcess.Failure(description: "the fault server on \(host) did not start within 15 s")
        }
        self.port = port
    }

    /// Every request received so far, in order.
    func requests() throws -> [Request] {
        guard let text = try? String(contentsOf: folder.appendingPathComponent("log"), encoding: .utf8) else { return [] }
        return try text.split(separator: "\n").map { try JSONDecoder().decode(Request.self, from: Data($0.utf8)) }
    }

    /// Stops the server now (it also stops when the value goes away).
    func stop() {
        child.kill9()
    }

    deinit {
        child.kill9()
        try? FileManager.default.removeItem(at: folder)
    }
}
