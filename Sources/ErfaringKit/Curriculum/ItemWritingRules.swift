/// The item-writing rules of a quiz bank: cues a test-wise learner could use without knowing
/// the subject (a right option that stands out by its length, a hint that gives it away, a
/// bank of mostly true statements) and options of very different form. Thresholds are those
/// of docs/curriculum-format.md; every check is linear in the size of the question.
struct ItemWritingRules {
    let sink: DiagnosticCollector

    /// The right option must beat every wrong one by at least this share of the longest wrong
    /// one, and by `longestMinimumMargin` characters, to count as a cue.
    static let longestMargin = 0.10
    static let longestMinimumMargin = 5
    /// Right options on average longer than this many times the wrong ones are a cue.
    static let spreadLimit = 1.5
    /// The share of true statements allowed, and the bank size from which it is checked.
    static let trueShare = 0.35...0.65
    static let trueFalseMinimum = 4

    /// Which item-writing rules a kind of question falls under: the longest-option cue where one
    /// written option is right among wrong ones, the form of the options where options are written
    /// and marked right or wrong. True/false choices have no text; ordering choices are all right.
    static func rules(for kind: Question.Kind) -> (longestCue: Bool, optionForm: Bool) {
        switch kind {
        case .single, .scenario: (true, true)
        case .multiple: (false, true)
        case .trueFalse, .ordering: (false, false)
        }
    }

    /// Whether the right option of a single-answer or scenario question is clearly the longest
    /// in `language`: the right length and the longest wrong one when it is.
    static func longestCue(_ question: Question, _ language: Language) -> (right: Int, wrong: Int)? {
        guard rules(for: question.kind).longestCue else { return nil }
        let right = question.choices.filter(\.isCorrect)
        let wrong = question.choices.filter { !$0.isCorrect }
        guard right.count == 1, let longestWrong = wrong.map({ ItemText.length(ItemText.text($0, language)) }).max()
        else { return nil }
        let length = ItemText.length(ItemText.text(right[0], language))
        let clear = length > longestWrong && Double(length) >= Double(longestWrong) * (1 + longestMargin)
            && length - longestWrong >= longestMinimumMargin
        return clear ? (length, longestWrong) : nil
    }

    func check(_ quiz: Quiz) {
        var cued = 0
        var singleAnswer = 0
        for question in quiz.questions {
            let rules = Self.rules(for: question.kind)
            if rules.longestCue {
                singleAnswer += 1
                var isCued = false
                for language in Language.allCases {
                    guard let cue = Self.longestCue(question, language) else { continue }
                    isCued = true
                    sink.report(.answerLongest, at: question.location,
                                "the right option of '\(question.id.value)' is the longest in '\(language.rawValue)' (\(cue.right) characters; the longest wrong one has \(cue.wrong)): a test-wise learner picks it",
                                notes: [.init("shorten the right option or give the wrong ones the same detail, so that no option stands out by its length")])
                }
                if isCued { cued += 1 }
            }
            if rules.optionForm {
                checkOptions(question)
            }
        }
        let bankLocation = quiz.questionsLocation ?? quiz.module.location
        if singleAnswer > 0 && cued * 3 > singleAnswer {
            sink.report(.answerLongest, as: .error, at: bankLocation,
                        "in \(cued) of \(singleAnswer) single-answer and scenario questions the right option is clearly the longest; at most a third may be",
                        notes: [.init("picking the longest option would pass this bank: rewrite the options of the questions warned about")])
        }
        checkTrueFalse(quiz, at: bankLocation)
    }

    private func checkOptions(_ question: Question) {
        let right = question.choices.filter(\.isCorrect)
        let wrong = question.choices.filter { !$0.isCorrect }
        guard !right.isEmpty, !wrong.isEmpty else { return }
        let name = "'\(question.id.value)'"
        for language in Language.allCases {
            let lang = "'\(language.rawValue)'"
            let rightMean = mean(right.map { ItemText.length(ItemText.text($0, language)) })
            let wrongMean = mean(wrong.map { ItemText.length(ItemText.text($0, language)) })
            if rightMean > Self.spreadLimit * wrongMean {
                sink.report(.answerLengthSpread, at: question.location,
                            "the right options of \(name) are on average \(format(rightMean / max(wrongMean, 1))) times as long as the wrong ones in \(lang) (\(Int(rightMean.rounded())) characters against \(Int(wrongMean.rounded()))); expected at most \(format(Self.spreadLimit))",
                            notes: [.init("give the wrong options the same detail and qualifications as the right one")])
            }
            let sentences = question.choices.map { ItemText.sentenceCount(ItemText.text($0, language)) }
            if let most = sentences.max(), let fewest = sentences.min(), most - fewest >= 2 {
                sink.report(.choiceForm, at: question.location,
                            "the options of \(name) differ in form in \(lang): from \(fewest) to \(most) sentences; expected a difference of at most 1",
                            notes: [.init("write every option in the same form, such as one sentence each")])
            }
            checkHint(question, language: language, right: right, wrong: wrong)
        }
    }

    private func checkHint(_ question: Question, language: Language, right: [Choice], wrong: [Choice]) {
        guard let hint = question.hint?[language] else { return }
        let hintWords = ItemText.words(hint)
        let hintKeys = Set(hintWords.compactMap(ItemText.key))
        let hintPhrases = ItemText.shingles(hintWords)
        var common = ItemText.contentKeys(ItemText.stem(question, language))
        for choice in wrong { common.formUnion(ItemText.contentKeys(ItemText.text(choice, language))) }
        for choice in right {
            let words = ItemText.words(ItemText.text(choice, language))
            let shared = Set(words.compactMap(ItemText.key)).subtracting(common).intersection(hintKeys)
            let phrase = ItemText.shingles(words).intersection(hintPhrases).min()
            guard phrase != nil || shared.count >= 2 else { continue }
            let what = phrase.map { "the phrase '\($0)'" }
                ?? "the words " + shared.sorted().map { "'\($0)…'" }.joined(separator: ", ")
            sink.report(.hintRevealsAnswer, at: question.hintLocation ?? question.location,
                        "the hint of '\(question.id.value)' gives the right option '\(choice.id.value)' away in '\(language.rawValue)': it shares \(what) with it",
                        notes: [.init("point the hint at the lesson's reasoning, not at the wording of the right option")])
            return
        }
    }

    private func checkTrueFalse(_ quiz: Quiz, at location: SourceLocation) {
        let statements = quiz.questions.filter { $0.kind == .trueFalse }
        guard statements.count >= Self.trueFalseMinimum else { return }
        let trueCount = statements.count { question in
            question.choices.contains { $0.isCorrect && $0.id.value == "true" }
        }
        let share = Double(trueCount) / Double(statements.count)
        guard !Self.trueShare.contains(share) else { return }
        let percent = Int((share * 100).rounded())
        sink.report(.trueFalseBalance, at: location,
                    "\(trueCount) of \(statements.count) true/false statements are true (\(percent) %); expected between \(Int(Self.trueShare.lowerBound * 100)) % and \(Int(Self.trueShare.upperBound * 100)) %",
                    notes: [.init("a learner who always answers '\(share > 0.5 ? "true" : "false")' scores \(share > 0.5 ? percent : 100 - percent) % on them: turn some statements around")])
    }

    private func mean(_ values: [Int]) -> Double {
        values.isEmpty ? 0 : Double(values.reduce(0, +)) / Double(values.count)
    }

    private func format(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return "\(tenths / 10).\(tenths % 10)"
    }
}
