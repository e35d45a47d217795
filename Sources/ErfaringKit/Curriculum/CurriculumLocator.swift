import Foundation

/// Finds the curriculum folder: `--curriculum DIR`, then `$ERFARING_CURRICULUM`, then the
/// installed share folder beside the binary, then the repository the binary was built in (only
/// for a binary that still lies in that repository's `.build` folder, never an installed one).
public struct CurriculumLocator: Sendable {
    public var environment: [String: String]
    /// The running binary, for finding `../share/erfaring`.
    public var executable: URL?
    /// The repository root the binary was built from, if it still exists.
    public var buildRepository: URL?

    public init(environment: [String: String], executable: URL?, buildRepository: URL?) {
        self.environment = environment
        self.executable = executable
        self.buildRepository = buildRepository
    }

    /// The folder to load, or an error naming the places that were tried.
    public func locate(option: String?) throws(CurriculumReadError) -> URL {
        if let option { return URL(fileURLWithPath: option) }
        if let path = environment["ERFARING_CURRICULUM"], !path.isEmpty { return URL(fileURLWithPath: path) }
        var tried: [URL] = []
        if let executable {
            let share = executable.resolvingSymlinksInPath().deletingLastPathComponent()
                .appendingPathComponent("../share/erfaring").standardizedFileURL
            tried.append(share)
        }
        if let buildRepository, builtInPlace(in: buildRepository) { tried.append(buildRepository) }
        for candidate in tried where FileManager.default.fileExists(
            atPath: candidate.appendingPathComponent("Curriculum/course.yaml").path) {
            return candidate
        }
        throw CurriculumReadError(description:
            "no curriculum found; pass --curriculum DIR or set ERFARING_CURRICULUM (looked in: "
            + tried.map(\.path).joined(separator: ", ") + ")")
    }

    /// Whether the binary runs from `.build` inside the repository it was built in.
    private func builtInPlace(in repository: URL) -> Bool {
        guard let executable else { return true }
        let build = repository.appendingPathComponent(".build").standardizedFileURL.resolvingSymlinksInPath().path + "/"
        return executable.resolvingSymlinksInPath().standardizedFileURL.path.hasPrefix(build)
    }
}
