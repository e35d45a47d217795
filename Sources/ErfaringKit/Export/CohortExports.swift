import Foundation

/// The rules for what a facilitator's report or item analysis counts from learners' export
/// files: which files are exports at all, which course they belong to, and which export counts
/// when one learner sent several. The command line reads the files and prints the messages.
public enum CohortExports {
    /// One export that was read, with the file name as the facilitator typed it.
    public typealias Entry = (file: String, export: ProgressExport)

    /// Why one file is not a fit export.
    public struct InvalidExport: Error, CustomStringConvertible, Sendable {
        public var description: String
    }

    /// What is counted and, for each thing left out, a message (without the program's name).
    public struct Selection {
        /// The newest export per learner of this course, in the order given.
        public var newest: [Entry]
        /// One warning naming the exports of other courses, or nil.
        public var otherCourse: String?
        /// One warning per export with modules this course does not have.
        public var unknownModules: [String]
        /// One message naming older exports of learners who have a newer one, or nil.
        public var older: String?
        /// One message per tie between exports made at the same time.
        public var ties: [String]
    }

    /// Reads one learner's export, with a plain message for anything wrong with it.
    public static func decode(_ data: Data, file: String) throws(InvalidExport) -> ProgressExport {
        let shown = TextChecks.sanitized(file)
        if isXAPI(data) {
            throw InvalidExport(description: "'\(shown)' holds xAPI statements ('erfaring export --format xapi'); "
                                + "the report reads files written by 'erfaring export --format json'. "
                                + "xAPI statements are read from a Learning Record Store with --lrs URL")
        }
        do {
            return try ProgressExport.read(data)
        } catch {
            throw InvalidExport(description: "'\(shown)': \(error.description)")
        }
    }

    /// Whether `data` is xAPI statements: a JSON array of them, one statement, or one per line.
    public static func isXAPI(_ data: Data) -> Bool {
        func isStatement(_ object: Any) -> Bool {
            guard let object = object as? [String: Any] else { return false }
            return object["actor"] != nil && object["verb"] != nil && object["object"] != nil
        }
        if let json = try? JSONSerialization.jsonObject(with: data) {
            if let list = json as? [Any] { return !list.isEmpty && list.allSatisfy(isStatement) }
            return isStatement(json)
        }
        let firstLine = data.prefix { $0 != UInt8(ascii: "\n") }
        return (try? JSONSerialization.jsonObject(with: Data(firstLine))).map(isStatement) ?? false
    }

    /// The exports of `curriculum`'s course, newest per learner, and what was left out and why.
    public static func select(_ exports: [Entry], curriculum: Curriculum) -> Selection {
        var ours: [Entry] = []
        var otherCourse: [String] = []
        for entry in exports {
            guard entry.export.course.id == curriculum.course.id.value else {
                otherCourse.append("'\(TextChecks.sanitized(entry.file))' (course '\(TextChecks.sanitized(entry.export.course.id))')")
                continue
            }
            ours.append(entry)
        }
        let (newest, older, ties) = newestPerLearner(ours)
        return Selection(
            newest: newest,
            otherCourse: otherCourse.isEmpty ? nil
                : "warning: left out \(otherCourse.joined(separator: ", ")): "
                  + "this report is for course '\(curriculum.course.id.value)'; give --curriculum to report on another course",
            unknownModules: unknownModules(ours, curriculum: curriculum),
            older: older.isEmpty ? nil
                : "left out \(older.count) older export\(older.count == 1 ? "" : "s") of a learner "
                  + "who has a newer one (the newest exportedAt per learner id counts): " + older.joined(separator: ", "),
            ties: ties)
    }

    /// One export per learner id, in the order given, and what was left out: older exports by
    /// file name, and ties (two exports with the newest `exportedAt`), settled by content: the one
    /// with more progress, else the first by a digest of its content, so the order of the files
    /// never matters.
    public static func newestPerLearner(_ exports: [Entry]) -> (newest: [Entry], older: [String], ties: [String]) {
        var groups: [String: [Int]] = [:]
        for (index, entry) in exports.enumerated() { groups[entry.export.learner.id, default: []].append(index) }
        var kept = Set<Int>(), older = Set<Int>()
        var ties: [(index: Int, message: String)] = []
        for indices in groups.values {
            guard let newestAt = indices.map({ exports[$0].export.exportedAt }).max() else { continue }
            let top = indices.filter { exports[$0].export.exportedAt == newestAt }
            older.formUnion(indices.filter { exports[$0].export.exportedAt != newestAt })
            // Most progress first; on equal progress, the smaller digest (worked out only for a tie).
            let ranked = top.map { ($0, exports[$0].export.progressRank, top.count > 1 ? exports[$0].export.contentDigest : "") }
                .sorted { $0.1 != $1.1 ? $1.1.lexicographicallyPrecedes($0.1) : $0.2 < $1.2 }
            guard let winner = ranked.first else { continue }
            kept.insert(winner.0)
            let name = TextChecks.sanitized(exports[winner.0].file)
            for loser in ranked.dropFirst() {
                let why: String
                if loser.1 != winner.1 {
                    why = "counted '\(name)', which shows more progress"
                } else if loser.2 != winner.2 {
                    why = "they show the same progress but differ; counted '\(name)' (chosen by a digest of the content, "
                        + "whatever the order of the files)"
                } else {
                    why = "they are the same export; counted once"
                }
                ties.append((min(winner.0, loser.0),
                             "'\(TextChecks.sanitized(exports[min(winner.0, loser.0)].file))' and "
                             + "'\(TextChecks.sanitized(exports[max(winner.0, loser.0)].file))' are exports of one learner "
                             + "made at the same time (exportedAt '\(XAPIExporter.timestamp(newestAt))'): a tie; " + why))
            }
        }
        return (exports.indices.filter(kept.contains).map { exports[$0] },
                exports.indices.filter(older.contains).map { TextChecks.sanitized(exports[$0].file) },
                ties.sorted { $0.index < $1.index }.map(\.message))
    }

    /// Warnings for module ids in the exports that this course does not have: they are left out.
    public static func unknownModules(_ exports: [Entry], curriculum: Curriculum) -> [String] {
        let known = Set(curriculum.modules.map(\.id.value))
        return exports.compactMap { entry in
            let unknown = entry.export.modules.map(\.id).filter { !known.contains($0) }
            guard !unknown.isEmpty else { return nil }
            let names = unknown.prefix(5).map { "'\(TextChecks.sanitized($0))'" }.joined(separator: ", ")
                + (unknown.count > 5 ? " and \(unknown.count - 5) more" : "")
            return "warning: '\(TextChecks.sanitized(entry.file))' has progress in module\(unknown.count == 1 ? "" : "s") "
                + "\(names), which this course does not have (an export from another version of the course?); left out"
        }
    }

    /// The first attempts each export carries, for the item analysis, and a note for each
    /// export left out of it (made before exports carried answers, or in another format version).
    public static func firstAttempts(_ exports: [Entry]) -> (learners: [(id: String, attempts: [FirstAttempt])], leftOut: [String]) {
        var learners: [(id: String, attempts: [FirstAttempt])] = []
        var leftOut: [String] = []
        for entry in exports {
            let file = TextChecks.sanitized(entry.file)
            guard let answers = entry.export.quizAnswers else {
                leftOut.append("'\(file)': no answers in this export (made by a version before "
                               + "exports carried them); left out of the item analysis")
                continue
            }
            guard answers.version == ProgressExport.QuizAnswers.currentVersion else {
                leftOut.append("'\(file)': its quiz answers are in format version \(answers.version); "
                               + "this version reads \(ProgressExport.QuizAnswers.currentVersion); left out of the item analysis")
                continue
            }
            learners.append((entry.export.learner.id, answers.firstAttempts))
        }
        return (learners, leftOut)
    }
}
