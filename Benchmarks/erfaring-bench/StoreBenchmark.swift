// Progress benchmarks on a learner with years of history:
//
//   - the home-screen query (every module's state, the due-review count, assignments) over a
//     profile with 100,000 events (floor 5 ms),
//   - the review queue over 100,000 cards (floor 20 ms),
//   - shell command latency, from a typed command to its rendered output, on the same profile
//     (floor 10 ms at the 95th percentile),
//   - `erfaring export` (JSON) of the learner with 100,000 events, from loading the course to the
//     encoded text: from the derived tables (floor 100 ms), and, for comparison, by replaying
//     every event as earlier versions did.

import ErfaringCLI
import ErfaringKit
import Foundation
import GRDB

enum StoreBenchmark {
    static func percentile(_ values: [Double], _ share: Double) -> Double {
        let sorted = values.sorted()
        return sorted[min(sorted.count - 1, Int(Double(sorted.count) * share))]
    }

    static func time(_ body: () throws -> Void) rethrows -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        try body()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }

    /// A database with one learner who has 100,000 events and a second with 100,000 review cards,
    /// written in bulk with GRDB into the schema the store created.
    static func makeDatabase(at url: URL, curriculum: Curriculum, now: Date) throws -> (history: String, cards: String) {
        let store = try ProgressStore(url: url)
        let history = try store.createProfile(name: "Kari", language: .nb, id: UUID(), at: now.addingTimeInterval(-3 * 365 * 86_400)).id
        let cards = try store.createProfile(name: "Ola", language: .nb, id: UUID(), at: now).id
        try store.importAssignment(Assignment(id: "host", cohort: "Høst", message: nil, contact: nil,
                                              items: curriculum.modules.prefix(3).map { .init(moduleID: $0.id.value, due: "2026-12-01") }),
                                   profile: history, at: now)
        let queue = try DatabaseQueue(path: url.path)
        try queue.write { db in
            let kinds = ["block-viewed", "question-answered", "card-reviewed", "lesson-completed", "quiz-finished"]
            let start = now.addingTimeInterval(-3 * 365 * 86_400).timeIntervalSince1970
            let insert = try db.makeStatement(sql: """
                INSERT INTO event (profileID, occurredAt, kind, moduleID, itemID, payload) VALUES (?, ?, ?, ?, ?, ?)
                """)
            for index in 0..<99_998 {
                let module = curriculum.modules[index % curriculum.modules.count]
                try insert.execute(arguments: [history, start + Double(index) * 900, kinds[index % kinds.count],
                                               module.id.value, "item-\(index % 40)", #"{"correct":true}"#])
            }
            for (index, module) in curriculum.modules.enumerated() {
                try db.execute(sql: """
                    INSERT OR REPLACE INTO module_progress (profileID, moduleID, lessonID, blockID, startedAt, lastActivityAt, attempts, bestScore, passedAt)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """, arguments: [history, module.id.value, module.lessons.last?.id.value, module.lessons.last?.blocks.first?.id.value,
                                     start, now.timeIntervalSince1970 - Double(index), 12, 0.9, index < 4 ? start : nil])
                for lesson in module.lessons {
                    try db.execute(sql: "INSERT OR IGNORE INTO lesson_done (profileID, moduleID, lessonID, doneAt) VALUES (?, ?, ?, ?)",
                                   arguments: [history, module.id.value, lesson.id.value, start])
                }
                for question in curriculum.quiz(for: module.id.value)?.questions ?? [] {
                    try db.execute(sql: """
                        INSERT INTO review_card (profileID, moduleID, questionID, state, step, stability, difficulty, due, lastReview, reviews, lapses)
                        VALUES (?, ?, ?, 2, NULL, 30, 5, ?, ?, 8, 1)
                        """, arguments: [history, module.id.value, question.id.value,
                                         now.timeIntervalSince1970 + Double.random(in: -86_400...(30 * 86_400)), start])
                }
            }
            // Two thousand quiz attempts over three years, each finished.
            let attempt = try db.makeStatement(sql: """
                INSERT INTO quiz_attempt (id, profileID, moduleID, seed, draw, startedAt, finishedAt, correctCount, score, passed)
                VALUES (?, ?, ?, '1', '{"items":[]}', ?, ?, 3, ?, ?)
                """)
            for index in 0..<2000 {
                let module = curriculum.modules[index % curriculum.modules.count].id.value
                let started = start + Double(index) * 45_000
                try attempt.execute(arguments: [UUID().uuidString.lowercased(), history, module, started, started + 600,
                                                Double(index % 5) / 4, index % 5 >= 3])
            }
            try db.execute(sql: """
                INSERT OR REPLACE INTO lesson_viewed (profileID, moduleID, lessonID, viewedAt)
                SELECT profileID, moduleID, lessonID, doneAt FROM lesson_done WHERE profileID = ?
                """, arguments: [history])
            let card = try db.makeStatement(sql: """
                INSERT INTO review_card (profileID, moduleID, questionID, state, step, stability, difficulty, due, lastReview, reviews, lapses)
                VALUES (?, ?, ?, 2, NULL, ?, 5, ?, ?, 3, 0)
                """)
            for index in 0..<100_000 {
                try card.execute(arguments: [cards, "module-\(index % 200)", "question-\(index)", Double(index % 90 + 1),
                                             now.timeIntervalSince1970 + Double((index * 7919) % 200) * 3600 - 40 * 3600,
                                             now.timeIntervalSince1970 - 86_400])
            }
        }
        try queue.close()
        return (history, cards)
    }

    static func run(repository: URL) throws -> Bool {
        guard let curriculum = try CurriculumLoader.load(root: repository).curriculum else {
            print("error: the shipped curriculum does not load")
            return false
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("erfaring-bench-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let now = Date()
        let url = folder.appendingPathComponent("progress.sqlite")
        let profiles = try makeDatabase(at: url, curriculum: curriculum, now: now)
        let store = try ProgressStore(url: url)
        print("Progress: one learner with \(try store.eventCount(profile: profiles.history)) events, "
              + "one with \(try store.reviewCards(profile: profiles.cards).count) review cards")

        var home: [Double] = []
        for _ in 0..<300 {
            home.append(try time {
                let snapshot = try store.snapshot(profile: profiles.history, at: now)
                _ = ModuleStates.compute(curriculum: curriculum, progress: snapshot.modules)
            })
        }
        var queue: [Double] = []
        var fullQueue: [Double] = []
        var dueCount = 0
        for _ in 0..<50 {
            queue.append(try time { _ = try store.dueCards(profile: profiles.cards, at: now, limit: 50) })
            fullQueue.append(try time { dueCount = try store.dueCards(profile: profiles.cards, at: now, limit: 100_000).count })
        }
        let commands = ["hjem", "fremgang", "moduler", "ordliste chime", "søk recovery håp", "oppgaver", "dagbok", "hjelp"]
        let script = Array(Array(repeating: commands, count: 40).joined()) + ["avslutt"]
        try store.useProfile(profiles.history)
        let timings = try ShellLatencyProbe.measure(curriculum: curriculum, store: store, script: script)
            .filter { $0.0 != "avslutt" }.map(\.1)

        let (exportDerived, exportReplay) = try exportTimes(repository: repository, url: url, now: now)

        func ms(_ seconds: Double) -> String { String(format: "%7.2f ms", seconds * 1000) }
        print("release build; median and 95th percentile:")
        print("home-screen query (100k events)     median \(ms(percentile(home, 0.5)))   p95 \(ms(percentile(home, 0.95)))   floor 5 ms")
        print("review queue, next 50 (100k cards)  median \(ms(percentile(queue, 0.5)))   p95 \(ms(percentile(queue, 0.95)))   floor 20 ms")
        print("review queue, all \(dueCount) due        median \(ms(percentile(fullQueue, 0.5)))   p95 \(ms(percentile(fullQueue, 0.95)))")
        print("shell command latency (\(timings.count) commands) median \(ms(percentile(timings, 0.5)))   p95 \(ms(percentile(timings, 0.95)))   floor 10 ms")
        print("export, JSON (100k events)          median \(ms(percentile(exportDerived, 0.5)))   p95 \(ms(percentile(exportDerived, 0.95)))   floor 100 ms")
        print("  the same by replaying every event  median \(ms(percentile(exportReplay, 0.5)))   p95 \(ms(percentile(exportReplay, 0.95)))"
              + String(format: "   (%.0f× slower)", percentile(exportReplay, 0.5) / percentile(exportDerived, 0.5)))
        let ok = percentile(home, 0.5) <= 0.005 && percentile(queue, 0.5) <= 0.020 && percentile(timings, 0.95) <= 0.010
            && percentile(exportDerived, 0.5) <= 0.100
        print(ok ? "within the floors" : "OUTSIDE the floors")
        return ok
    }

    /// `erfaring export --format json` in process, from loading the course to the encoded text, for
    /// the current profile (the one with 100,000 events): from the derived tables, and by replay.
    static func exportTimes(repository: URL, url: URL, now: Date) throws -> (derived: [Double], replay: [Double]) {
        var derived: [Double] = []
        var replay: [Double] = []
        for round in 0..<10 {
            let fromTables = round % 2 == 0
            let seconds = try time {
                guard let curriculum = try CurriculumLoader.load(root: repository).curriculum else { return }
                let store = try ProgressStore(url: url)
                guard let profile = try store.currentProfile() else { return }
                let snapshot = try store.snapshot(profile: profile.id, at: now)
                let export = fromTables
                    ? ProgressExport(curriculum: curriculum, profile: profile,
                                     summaries: try store.moduleSummaries(profile: profile.id, curriculum: curriculum),
                                     assignments: snapshot.assignments, dueReviews: snapshot.dueReviews,
                                     includeName: false, privateData: nil,
                                     firstAttempts: try store.firstAttempts(profile: profile.id, curriculum: curriculum), at: now)
                    : ProgressExport(curriculum: curriculum, profile: profile, events: try store.events(profile: profile.id),
                                     assignments: snapshot.assignments, dueReviews: snapshot.dueReviews,
                                     includeName: false, privateData: nil, at: now)
                _ = try ProgressExport.encoder.encode(export)
            }
            if fromTables { derived.append(seconds) } else { replay.append(seconds) }
        }
        let load = try (0..<5).map { _ in try time { _ = try CurriculumLoader.load(root: repository) } }
        let open = try (0..<5).map { _ in try time { _ = try ProgressStore(url: url) } }
        print(String(format: "  (of which: loading the course %.1f ms, opening and checking the database %.1f ms)",
                     percentile(load, 0.5) * 1000, percentile(open, 0.5) * 1000))
        return (derived, replay)
    }
}
