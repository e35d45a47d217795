/// The course-wide `duplicate-question` rule: two question stems (scenario and prompt) whose
/// three-word phrases overlap by a Jaccard similarity of at least ``threshold`` in a language.
///
/// Linear-ish in the size of the course: each stem's phrases are built once, and only stems
/// that share a rare phrase are compared. Phrases are ordered rarest first, and only a prefix of
/// each stem's phrases is indexed (the prefix filter of set-similarity joins): two sets this
/// similar always share a phrase within their prefixes, so no pair is missed, while phrases
/// every question has ("what do you") never make candidates.
struct DuplicateQuestions {
    let sink: DiagnosticCollector

    static let threshold = 0.5
    /// Stems of fewer words are too short to compare.
    static let minimumWords = 8
    /// The most stems one phrase leads to.
    static let postingLimit = 64

    private struct Stem {
        var question: Question
        var language: Language
        /// Phrase numbers, rarest first.
        var phrases: [Int]
        var set: Set<Int>
    }

    /// Reports every near-duplicate pair; returns how many pairs were compared, for tests of the
    /// bound.
    @discardableResult
    func check(_ quizzes: [Quiz]) -> Int {
        var numbers: [String: Int] = [:]
        var frequency: [Int] = []
        var stems: [Stem] = []
        for quiz in quizzes {
            for question in quiz.questions {
                for language in Language.allCases {
                    let words = ItemText.words(ItemText.stem(question, language))
                    guard words.count >= Self.minimumWords else { continue }
                    // The language is part of the phrase, so stems of two languages never meet.
                    let phrases = ItemText.shingles(words).map { phrase in
                        let key = language.rawValue + ":" + phrase
                        if let number = numbers[key] {
                            frequency[number] += 1
                            return number
                        }
                        numbers[key] = frequency.count
                        frequency.append(1)
                        return frequency.count - 1
                    }
                    stems.append(Stem(question: question, language: language, phrases: phrases, set: Set(phrases)))
                }
            }
        }
        for index in stems.indices {
            stems[index].phrases.sort { (frequency[$0], $0) < (frequency[$1], $1) }
        }
        var index: [Int: [Int]] = [:]
        var comparisons = 0
        for (position, stem) in stems.enumerated() {
            var candidates: Set<Int> = []
            let prefix = prefixLength(stem.set.count)
            for phrase in stem.phrases.prefix(prefix) {
                let postings = index[phrase] ?? []
                candidates.formUnion(postings)
                // A bound for a pathological course of hundreds of copies of one stem: the
                // first copies are still reported, the work stays linear.
                if postings.count < Self.postingLimit { index[phrase, default: []].append(position) }
            }
            comparisons += candidates.count
            for other in candidates.sorted() {
                let earlier = stems[other]
                let shared = earlier.set.intersection(stem.set).count
                let similarity = Double(shared) / Double(earlier.set.count + stem.set.count - shared)
                if similarity >= Self.threshold { report(earlier, stem, similarity) }
            }
        }
        return comparisons
    }

    /// How many of a set's rarest phrases must be indexed so that any set at least
    /// ``threshold`` similar shares one of them: size − ⌈threshold · size⌉ + 1.
    private func prefixLength(_ size: Int) -> Int {
        size - Int((Self.threshold * Double(size)).rounded(.up)) + 1
    }

    private func report(_ first: Stem, _ second: Stem, _ similarity: Double) {
        let percent = Int((similarity * 100).rounded(.down))
        for (here, there) in [(first, second), (second, first)] {
            sink.report(.duplicateQuestion, at: here.question.location,
                        "question '\(here.question.id.value)' reads almost like '\(there.question.id.value)' in '\(here.language.rawValue)': \(percent) % of their three-word phrases are shared; expected under \(Int(Self.threshold * 100)) %",
                        notes: [.init("the other question is here", at: there.question.location),
                                 .init("ask about a different situation, or remove one of them")])
        }
    }
}
