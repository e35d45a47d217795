import Foundation

/// One file of a curriculum, read into memory.
public struct CurriculumFile: Sendable {
    public enum Role: Sendable { case course, module, quiz, conversation }

    /// The path shown in messages, relative to the curriculum root: `Quizzes/saying-no.yaml`.
    public var path: String
    public var role: Role
    public var bytes: [UInt8]
    /// The file's size in bytes when it was over the size limit and so was not read (then
    /// `bytes` is empty).
    public var unreadSize: Int?

    public init(path: String, role: Role, bytes: [UInt8], unreadSize: Int? = nil) {
        self.path = path
        self.role = role
        self.bytes = bytes
        self.unreadSize = unreadSize
    }

    /// The file name without folder and `.yaml`.
    public var baseName: String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        return name.hasSuffix(".yaml") ? String(name.dropLast(5)) : name
    }
}

/// What loading a curriculum gave: the curriculum when it has no errors, every diagnostic,
/// and the files' text for showing source lines.
public struct CurriculumLoadResult: Sendable {
    public var curriculum: Curriculum?
    /// At most ``Diagnostic/perFileLimit`` diagnostics per file.
    public var diagnostics: [Diagnostic]
    /// What was found beyond the limit, counted per file.
    public var omitted: [OmittedDiagnostics] = []
    /// File contents by display path (none for a file too large to read).
    public var sources: [String: [UInt8]]

    /// Errors found, those not kept included.
    public var errorCount: Int { diagnostics.errorCount + omitted.reduce(0) { $0 + $1.errors } }
}

/// A curriculum folder that cannot be read at all.
public struct CurriculumReadError: Error, CustomStringConvertible, Sendable {
    public var description: String
}

/// Finds, parses, reads and validates a curriculum.
public enum CurriculumLoader {
    /// Loads the curriculum whose root folder holds `Curriculum/`, `Quizzes/` and, optionally,
    /// `Conversations/`.
    public static func load(root: URL, limits: YAMLLimits = .default) throws(CurriculumReadError) -> CurriculumLoadResult {
        try load(files: files(in: root, limits: limits), limits: limits)
    }

    /// Lists and reads the curriculum files under `root`, in a stable order.
    ///
    /// A file over `limits.maxFileSize` is not read at all (its size comes from `stat`); the
    /// loader reports it. A folder or file that cannot be read is an I/O error, not an empty
    /// course.
    public static func files(in root: URL, limits: YAMLLimits = .default) throws(CurriculumReadError) -> [CurriculumFile] {
        let manager = FileManager.default
        let coursePath = root.appendingPathComponent("Curriculum/course.yaml").path
        guard manager.fileExists(atPath: coursePath) else {
            throw CurriculumReadError(description:
                "no curriculum at '\(TextChecks.terminalSafe(root.path))': expected 'Curriculum/course.yaml' there")
        }
        var files: [CurriculumFile] = []
        for (folder, role) in [("Curriculum", CurriculumFile.Role.module), ("Quizzes", .quiz),
                               ("Conversations", .conversation)] {
            let directory = root.appendingPathComponent(folder)
            for name in try CurriculumFileReader.yamlNames(in: directory) {
                let path = "\(folder)/\(name)"
                let fileRole: CurriculumFile.Role = path == "Curriculum/course.yaml" ? .course : role
                let read = try CurriculumFileReader.read(directory.appendingPathComponent(name), limit: limits.maxFileSize)
                files.append(CurriculumFile(path: path, role: fileRole, bytes: read.bytes, unreadSize: read.unreadSize))
            }
        }
        return files
    }

    /// Parses, reads and validates in-memory files.
    public static func load(files: [CurriculumFile], limits: YAMLLimits = .default) -> CurriculumLoadResult {
        let sink = DiagnosticCollector()
        var sources: [String: [UInt8]] = [:]
        var course: Course?
        var modules: [Module] = []
        var quizzes: [Quiz] = []
        var conversations: [ConversationFile] = []
        for file in files.sorted(by: { $0.path < $1.path }) {
            let start = SourceLocation(file: file.path, line: 1, column: 1)
            let size = file.unreadSize ?? file.bytes.count
            guard size <= limits.maxFileSize else {
                // Not parsed and not kept for quoting: the refusal shows none of the file.
                sink.report(.yamlFileSize, at: start, "file is \(size) bytes; the limit is \(limits.maxFileSize) bytes")
                continue
            }
            sources[file.path] = file.bytes
            let document = YAMLParser.parse(file.bytes, file: file.path, limits: limits)
            sink.add(contentsOf: document.diagnostics)
            sink.addOmittedErrors(document.omittedErrors, file: file.path)
            let context = DocumentContext(file: file.path, sink: sink)
            guard let root = document.root else {
                if document.diagnostics.isEmpty {
                    sink.report(.emptyFile, at: start, "the file is empty")
                }
                continue
            }
            switch file.role {
            case .course: course = CourseReader(document: context).read(root)
            case .module: ModuleReader(document: context).read(root).map { modules.append($0) }
            case .quiz: QuizReader(document: context).read(root).map { quizzes.append($0) }
            case .conversation: ConversationReader(document: context).read(root).map { conversations.append($0) }
            }
        }
        var curriculum: Curriculum?
        if let course {
            CurriculumValidator(sink: sink).validate(
                course: course, modules: modules, quizzes: quizzes,
                moduleFiles: Set(files.filter { $0.role == .module }.map(\.baseName)),
                quizFiles: Set(files.filter { $0.role == .quiz }.map(\.baseName)), conversations: conversations)
            let byID = Dictionary(modules.map { ($0.id.value, $0) }, uniquingKeysWith: { first, _ in first })
            let ordered = course.moduleOrder.compactMap { byID[$0.value] }
            let quizByModule = Dictionary(quizzes.map { ($0.module.value, $0) }, uniquingKeysWith: { first, _ in first })
            let conversationsByModule = Dictionary(conversations.map { ($0.module.value, $0.conversations) },
                                                   uniquingKeysWith: { first, _ in first })
            curriculum = Curriculum(course: course, modules: ordered, quizzes: quizByModule,
                                    conversations: conversationsByModule)
        }
        let diagnostics = sink.diagnostics
        let omitted = sink.omitted
        return CurriculumLoadResult(
            curriculum: diagnostics.errorCount == 0 && omitted.allSatisfy({ $0.errors == 0 }) ? curriculum : nil,
            diagnostics: diagnostics, omitted: omitted, sources: sources)
    }
}
