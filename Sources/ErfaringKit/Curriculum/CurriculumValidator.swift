/// The rules that look across a file or across files: ids, references, cycles, the shape of
/// questions, objective coverage and the content minimums.
struct CurriculumValidator {
    let sink: DiagnosticCollector

    /// - Parameters:
    ///   - moduleFiles: base names of the module files present, read or not, so that a module
    ///     whose file has errors is not also reported as missing wherever it is referred to.
    ///   - quizFiles: the same for quiz files.
    func validate(course: Course, modules: [Module], quizzes: [Quiz],
                  moduleFiles: Set<String>, quizFiles: Set<String>, conversations: [ConversationFile] = []) {
        let moduleIDs = Set(modules.map(\.id.value)).union(moduleFiles)
        // A module whose id differs from its file name gets one 'file-name' error, not a cascade.
        let modules = modules.filter { module in
            let matches = module.id.value == CurriculumFile(path: module.file, role: .module, bytes: []).baseName
            if !matches { checkModule(module, moduleIDs: moduleIDs, minimums: nil) }
            return matches
        }
        checkCourse(course, modules: modules, moduleIDs: moduleIDs)
        for module in modules {
            checkModule(module, moduleIDs: moduleIDs, minimums: course.minimums)
        }
        checkCycles(modules)
        var quizModules: Set<String> = []
        let moduleByID = Dictionary(modules.map { ($0.id.value, $0) }, uniquingKeysWith: { first, _ in first })
        for quiz in quizzes {
            quizModules.insert(quiz.module.value)
            let module = moduleByID[quiz.module.value]
            if module == nil && moduleFiles.contains(quiz.module.value) { continue }
            checkQuiz(quiz, module: module, minimums: course.minimums)
            ItemWritingRules(sink: sink).check(quiz)
        }
        DuplicateQuestions(sink: sink).check(quizzes)
        for module in modules where !quizModules.contains(module.id.value) && !quizFiles.contains(module.id.value) {
            sink.report(.danglingReference, at: module.id.location,
                        "module '\(module.id.value)' has no quiz",
                        notes: [.init("add 'Quizzes/\(module.id.value).yaml'")])
        }
        checkConversations(conversations, modules: moduleByID, moduleFiles: moduleFiles)
    }

    // MARK: Course

    private func checkCourse(_ course: Course, modules: [Module], moduleIDs: Set<String>) {
        checkUnique(course.moduleOrder, what: "module")
        for entry in course.moduleOrder where !moduleIDs.contains(entry.value) {
            sink.report(.danglingReference, at: entry.location,
                        "module '\(entry.value)' is listed but has no file",
                        notes: [.init("add 'Curriculum/\(entry.value).yaml' or remove it from 'modules'")])
        }
        let listed = Set(course.moduleOrder.map(\.value))
        for module in modules where !listed.contains(module.id.value) {
            sink.report(.danglingReference, at: module.id.location,
                        "module '\(module.id.value)' is not listed in 'modules' of the course")
        }
        checkUnique(course.competenceAreas.map(\.id), what: "competence area")
        var areaOf: [String: Located<String>] = [:]
        for area in course.competenceAreas {
            for entry in area.modules {
                checkReference(entry, in: moduleIDs, what: "module")
                if let first = areaOf[entry.value] {
                    sink.report(.competenceArea, at: entry.location,
                                "module '\(entry.value)' is in more than one competence area",
                                notes: [.init("it is first listed here", at: first.location)])
                } else {
                    areaOf[entry.value] = entry
                }
            }
        }
        for module in modules where areaOf[module.id.value] == nil && listed.contains(module.id.value) {
            sink.report(.competenceArea, at: module.id.location,
                        "module '\(module.id.value)' belongs to no competence area")
        }
        checkUnique(course.readiness.items.map(\.id), what: "readiness item")
        for item in course.readiness.items { checkReference(item.module, in: moduleIDs, what: "module") }
        checkUnique(course.glossary.map(\.id), what: "glossary term")
        for language in Language.allCases {
            checkUnique(course.glossary.map { Located($0.term[language].lowercased(), at: $0.id.location) },
                        what: "'\(language.rawValue)' glossary term")
        }
        for entry in course.glossary {
            for module in entry.modules { checkReference(module, in: moduleIDs, what: "module") }
        }
        if let minimums = course.minimums, let floor = minimums.glossaryTerms, course.glossary.count < floor {
            sink.report(.minGlossaryTerms, at: minimums.location,
                        "the glossary has \(course.glossary.count) terms; the minimum is \(floor)")
        }
    }

    // MARK: Modules

    private func checkModule(_ module: Module, moduleIDs: Set<String>, minimums: ContentMinimums?) {
        let fileID = CurriculumFile(path: module.file, role: .module, bytes: []).baseName
        if module.id.value != fileID {
            sink.report(.fileName, at: module.id.location,
                        "module id '\(module.id.value)' does not match its file name '\(fileID).yaml'")
        }
        checkUnique(module.objectives.map(\.id), what: "objective")
        checkUnique(module.lessons.map(\.id), what: "lesson")
        checkUnique(module.sources.map(\.id), what: "source")
        for prerequisite in module.prerequisites {
            if prerequisite.value == module.id.value {
                sink.report(.prerequisiteCycle, at: prerequisite.location,
                            "module '\(module.id.value)' lists itself as a prerequisite")
            } else {
                checkReference(prerequisite, in: moduleIDs, what: "module")
            }
        }
        let objectiveIDs = Set(module.objectives.map(\.id.value))
        var taught: Set<String> = []
        for lesson in module.lessons {
            checkUnique(lesson.blocks.map(\.id), what: "block")
            for objective in lesson.objectives {
                checkReference(objective, in: objectiveIDs, what: "objective")
                taught.insert(objective.value)
            }
            for block in lesson.blocks {
                if case .check(let question) = block.content {
                    checkChoices(question, name: "check '\(block.id.value)'")
                }
            }
        }
        for objective in module.objectives where !taught.contains(objective.id.value) {
            sink.report(.untaughtObjective, at: objective.id.location,
                        "objective '\(objective.id.value)' is not taught by any lesson",
                        notes: [.init("list it under 'objectives' of the lesson that teaches it")])
        }
        if let minimums { checkMinimums(module, minimums) }
    }

    private func checkMinimums(_ module: Module, _ minimums: ContentMinimums) {
        let name = "module '\(module.id.value)'"
        if let floor = minimums.objectives, module.objectives.count < floor {
            sink.report(.minObjectives, at: module.id.location,
                        "\(name) has \(module.objectives.count) objectives; the minimum is \(floor)")
        }
        if let floor = minimums.lessons, module.lessons.count < floor {
            sink.report(.minLessons, at: module.id.location,
                        "\(name) has \(module.lessons.count) lessons; the minimum is \(floor)")
        }
        if let floor = minimums.sources, module.sources.count < floor {
            sink.report(.minSources, at: module.id.location,
                        "\(name) has \(module.sources.count) sources; the minimum is \(floor)")
        }
        for lesson in module.lessons {
            let lessonName = "lesson '\(lesson.id.value)'"
            for language in Language.allCases {
                let words = lesson.wordCount(in: language)
                if let floor = minimums.lessonWords, words < floor {
                    sink.report(.minLessonWords, at: lesson.id.location,
                                "\(lessonName) has \(words) words in '\(language.rawValue)'; the minimum is \(floor)")
                }
                if let ceiling = minimums.lessonWordsMax, words > ceiling {
                    sink.report(.maxLessonWords, at: lesson.id.location,
                                "\(lessonName) has \(words) words in '\(language.rawValue)'; the maximum is \(ceiling)",
                                notes: [.init("split it into two lessons")])
                }
            }
            if let floor = minimums.vignettesPerLesson, lesson.count(of: .vignette) < floor {
                sink.report(.minVignettes, at: lesson.id.location,
                            "\(lessonName) has \(lesson.count(of: .vignette)) case vignettes; the minimum is \(floor)")
            }
            if let floor = minimums.reflectionsPerLesson, lesson.count(of: .reflection) < floor {
                sink.report(.minReflections, at: lesson.id.location,
                            "\(lessonName) has \(lesson.count(of: .reflection)) reflection prompts; the minimum is \(floor)")
            }
        }
    }

    private func checkCycles(_ modules: [Module]) {
        let byID = Dictionary(modules.map { ($0.id.value, $0) }, uniquingKeysWith: { first, _ in first })
        var state: [String: Int] = [:]  // 1 visiting, 2 done
        var path: [String] = []
        var reported: Set<Set<String>> = []

        func visit(_ id: String) {
            state[id] = 1
            path.append(id)
            for prerequisite in byID[id]?.prerequisites ?? [] where prerequisite.value != id {
                switch state[prerequisite.value] {
                case 1:
                    guard let start = path.firstIndex(of: prerequisite.value) else { continue }
                    let cycle = Array(path[start...]) + [prerequisite.value]
                    if reported.insert(Set(cycle)).inserted {
                        sink.report(.prerequisiteCycle, at: prerequisite.location,
                                    "prerequisites form a cycle: " + cycle.map { "'\($0)'" }.joined(separator: " → "),
                                    notes: [.init("remove one of these prerequisites so that the modules can be opened")])
                    }
                case nil where byID[prerequisite.value] != nil:
                    visit(prerequisite.value)
                default:
                    break
                }
            }
            path.removeLast()
            state[id] = 2
        }
        for module in modules where state[module.id.value] == nil { visit(module.id.value) }
    }

    // MARK: Quizzes

    private func checkQuiz(_ quiz: Quiz, module: Module?, minimums: ContentMinimums?) {
        let fileID = CurriculumFile(path: quiz.file, role: .quiz, bytes: []).baseName
        if quiz.module.value != fileID {
            sink.report(.fileName, at: quiz.module.location,
                        "quiz module '\(quiz.module.value)' does not match its file name '\(fileID).yaml'")
        }
        guard let module else {
            sink.report(.danglingReference, at: quiz.module.location,
                        "quiz for unknown module '\(quiz.module.value)'",
                        notes: [.init("a quiz needs 'Curriculum/\(quiz.module.value).yaml'")])
            return
        }
        checkUnique(quiz.questions.map(\.id), what: "question")
        let objectiveIDs = Set(module.objectives.map(\.id.value))
        var coverage: [String: Int] = [:]
        for question in quiz.questions {
            if let objective = question.objective {
                checkReference(objective, in: objectiveIDs, what: "objective",
                               notes: [.init("objectives are defined in '\(module.file)'")])
                coverage[objective.value, default: 0] += 1
            }
            checkChoices(question, name: "question '\(question.id.value)'")
        }
        if quiz.draw > quiz.questions.count {
            sink.report(.drawTooLarge, at: quiz.drawLocation ?? quiz.module.location,
                        "'draw' is \(quiz.draw) but the bank has only \(quiz.questions.count) questions")
        }
        let required = max(2, minimums?.questionsPerObjective ?? 2)
        for objective in module.objectives {
            let count = coverage[objective.id.value] ?? 0
            guard count < required else { continue }
            let message = "objective '\(objective.id.value)' is assessed by \(count) question\(count == 1 ? "" : "s"); "
            if count < 2 {
                sink.report(.objectiveCoverage, at: objective.id.location, message + "at least 2 are needed",
                            notes: [.init("add questions with 'objective: \(objective.id.value)' to '\(quiz.file)'")])
            } else {
                sink.report(.minQuestionsPerObjective, at: objective.id.location,
                            message + "the minimum is \(required)")
            }
        }
        guard let minimums else { return }
        if let floor = minimums.questions, quiz.questions.count < floor {
            sink.report(.minQuestions, at: quiz.module.location,
                        "the quiz has \(quiz.questions.count) questions; the minimum is \(floor)")
        }
        let scenarios = quiz.questions.count { $0.kind == .scenario }
        if let floor = minimums.scenarios, scenarios < floor {
            sink.report(.minScenarios, at: quiz.module.location,
                        "the quiz has \(scenarios) scenario questions; the minimum is \(floor)")
        }
    }

    private func checkChoices(_ question: Question, name: String) {
        checkUnique(question.choices.map(\.id), what: "choice")
        let correct = question.choices.count(where: \.isCorrect)
        let count = question.choices.count
        let severalRight: Bool
        switch question.kind {
        case .trueFalse:
            severalRight = false
            let ids = Set(question.choices.map(\.id.value))
            if count != 2 || ids != ["true", "false"] {
                sink.report(.trueFalseChoices, at: question.location,
                            "\(name) is true/false and needs exactly two choices, 'true' and 'false'")
                return
            }
        case .ordering:
            if !(2...9).contains(count) {
                sink.report(.orderingUnanswerable, at: question.location,
                            "\(name) orders \(count) items; an ordering question needs 2 to 9")
            }
            for language in Language.allCases {
                var seen: [String: Choice] = [:]
                for choice in question.choices {
                    guard let text = choice.text?[language] else { continue }
                    if let first = seen[text] {
                        sink.report(.orderingUnanswerable, at: choice.id.location,
                                    "\(name) cannot be answered: choices '\(first.id.value)' and '\(choice.id.value)' read the same in '\(language.rawValue)'")
                    } else {
                        seen[text] = choice
                    }
                }
            }
            return
        case .single, .scenario, .multiple:
            severalRight = question.kind == .multiple
            if !(2...6).contains(count) {
                sink.report(.choiceCount, at: question.location,
                            "\(name) has \(count) choice\(count == 1 ? "" : "s"); it needs 2 to 6")
            }
        }
        if correct == 0 {
            sink.report(.noCorrectAnswer, at: question.location, "\(name) has no correct choice",
                        notes: [.init("mark the right answer with 'correct: true'")])
        } else if correct > 1 && !severalRight {
            sink.report(.severalCorrect, at: question.location,
                        "\(name) is '\(question.kind.rawValue)' but has \(correct) correct choices",
                        notes: [.init("use 'kind: multiple' when several choices are right")])
        }
    }

    // MARK: Helpers

    func checkUnique(_ ids: [Located<String>], what: String) {
        var first: [String: Located<String>] = [:]
        for id in ids {
            if let earlier = first[id.value] {
                sink.report(.duplicateId, at: id.location, "duplicate \(what) '\(id.value)'",
                            notes: [.init("'\(id.value)' is first used here", at: earlier.location)])
            } else {
                first[id.value] = id
            }
        }
    }

    func checkReference(_ reference: Located<String>, in known: Set<String>, what: String,
                                notes: [Diagnostic.Note] = []) {
        guard !known.contains(reference.value) else { return }
        var notes = notes
        if let close = TextChecks.suggestion(for: reference.value, among: known.sorted()) {
            notes.insert(.init("did you mean '\(close)'?"), at: 0)
        }
        sink.report(.danglingReference, at: reference.location, "unknown \(what) '\(reference.value)'", notes: notes)
    }
}
