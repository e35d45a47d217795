/// The name of every text the shell shows. `Catalog.text(for:)` gives each one in both languages,
/// and its exhaustive switch makes the compiler point at the table when a key is added.
enum CatalogKey: CaseIterable, Hashable, Sendable {
    // First run
    case firstWelcome, firstLeft, firstLanguage, firstLanguagePrompt, firstLanguageAgain, firstNameWhy
    case firstNamePrompt, firstNameAgain, firstReady, firstTipEnter, firstTipModules, firstTipHelp
    // Home
    case homeGreeting, homeAssignments, homeAssignmentDue, homeAssignmentOverdue, homeAssignmentDone, homeModules
    case homeContinue, homeStart, homeAllDone, homeReviewsDue, homeReviewsDueOne, homeReviewsNext, homeReadiness
    // States
    case stateLocked, stateNotStarted, stateInProgress, stateLessonsAfterPass, stateLessonAfterPass
    case stateQuizPending, statePracticePending, stateCompleted, stateBest
    // Progress command
    case progressHeader, progressDue, progressDueOne
    // Modules
    case modulesHeader, modulesOpen, modulesMinutes
    // Reading
    case readPosition, readPrompt, readKeyPoints, readVignette, readNote, readContentNote, readContentNoteChoice
    case readContentNotePrompt, readContentNoteLater, readReflection, readReflectionHow, readReflectionSaved
    case readCheckSkipped, readReflectionWholeLines, readReflectionSkipped, readReflectionAnswered, readCheck
    case readCheckPrompt, readLessonDone, readModuleRead, readAtStart, readWhere, readNotReading, readLeft
    case readLeftUnsaved
    // Opening
    case openWhich, openUnknown, openNoLesson, openNoModule, openOneLesson, openDidYouMean, openDidYouMeanModule, openLocked
    case openCompleted
    // Quiz
    case quizWhich, quizStart, quizResume, quizNotRead, quizQuestion, quizHowSingle, quizHowMultiple
    case quizHowOrdering, quizHowTrueFalse, quizPrompt, quizTrue, quizFalse, quizRight, quizNextPrompt, quizUnlocked
    case quizFound, quizYourOrder, quizWrong, quizRightAnswer, quizRightOrder, quizPicked
    case quizExplanation, quizHintWhere, quizNavigation, quizNoHint, quizHint, quizBadNumber, quizBadNumbers
    case quizBadOrder, quizPaused, quizPausedUnsaved, quizResult, quizPassed, quizPassedOneLeft, quizPassedComplete
    case quizPassedPracticeLeft
    case quizFailed, quizHistory, quizOtherWindow, quizFinishedElsewhere, quizNotSaved
    // Review
    case reviewNone, reviewStart, reviewConfidence, reviewConfidenceExpected, reviewDone, reviewPaused, reviewNext
    case reviewNoneScheduled
    // Quiz, review and check feedback
    case quizMissedFeedback, reviewPausedRated, checkRetry, checkRetryPrompt, feedbackGoOnPrompt
    // Time
    case timeNow, timeMinutes, timeHours, timeTomorrow, timeDays
    // Journal
    case journalEmpty, journalHeader, journalNoEntry, journalWhich
    // Search
    case searchWhich, searchNone, searchHeader, searchLocked
    // Glossary
    case glossaryHeader, glossaryNone, glossarySeveral
    // Readiness
    case readinessScale, readinessPrompt, readinessPrevious, readinessBad, readinessStartWith
    case readinessPartial, readinessSaved
    // Assignments
    case assignmentsNone, assignmentsHeader, assignmentsContact
    // Export
    case exportShell
    // Language
    case langWhich, langChanged
    // Errors and help
    case errorUnknown, errorDidYouMean, errorSeeHelp, errorArguments, errorUsage, errorStore, helplinesHeader
    case helplinesAfter, helpHeader, helpMore, helpSummary, summaryOffer, helpUnknown, bye, byeUnsaved, interrupted
    case interruptedUnsaved
    // Learner commands on the command line, in the profile's language
    case cliImported, cliImportedOne, cliNoAssignments, cliFlagCompleted, cliFlagOverdue, cliFlagOpen, cliContact
    case cliSummaryWritten, cliSummaryWrittenOne, cliWritten
    // profiles
    case profileNone, profileCreated, profileDuplicate, profileDuplicateMany, profileWarningPrefix, profileUsing
    case profileNotFound, profileDidYouMean, profileAmbiguous, profileChooseByID
    case shellProfileHeader, shellProfileHow, shellProfileCreate, shellProfileAlready, shellProfileSwitched
    case shellProfileNotFound, shellProfileDidYouMean, shellProfileSeeList, shellProfileAmbiguous, shellProfileChoose
    case shellProfileFromHome
    // Practice conversations
    case practiceNone, practiceNoneAtAll, practiceHeader, practiceHeaderModule, practiceEntry, practiceEntryModule
    case practiceEntryLocked, practicePick, practicePickAgain, practiceModulesLine, practiceContentNoteChoice
    case practiceContentNoteLater, practiceContentNotePrompt, practiceTitle, practiceResume, practiceResumeOne
    case practiceHow, practicePrompt, practiceBadNumber, practiceChosen, practiceFeedback, practiceNote
    case practiceNextPrompt, practicePaused, practiceNotSaved, practiceMovedOn, practiceEnding, practiceKindSkill
    case practiceKindMixed, practiceKindMistake, practicePath, practiceLesson, practiceReached, practiceAgain
    case practiceStartedAnew
    // Shell input: leaving, the paused conversation
    case shellHowToLeave, practicePausedMark, practiceOfferPaused, practiceOfferPausedPrompt
    case practiceOfferPausedAgain
    // Module end and next step
    case endComplete, endDone, endDoneOne, endPractice, endReview, endReviewOne, endCourse, endCourseSummary
    case endReadAgain, endPracticeLeft, endPracticeLeftOne, homeContinueReview
    // Pager, help by topic, readiness result
    case pagerMore, homeHints, homeLocked, homeLockedMany, helpOverviewHeader, helpOverviewMore, helpTopicHeader, helpTopics
    case readinessFromAnswers, readinessLater, readinessAllLocked, readinessSecondLook, readinessSecondLookOne

    /// A `{name}` a catalog text can hold; `Strings` fills only these, in one pass over the text.
    enum Placeholder: String, CaseIterable, Hashable, Sendable {
        case answer, arguments, attempts, best, block, blocks, cohort, command, contact, correct, count, date
        case detail, done, file, folder, found, id, ids, kind, lesson, lessonCount, lessonNumber, lessons, mark, max
        case minutes, module, modules, name, needed, number, open, percent, place, rating, reached, score, term
        case text, title, total, usage, when, words
    }

    /// A text that depends on a count: one form for exactly one, another for every other count.
    /// `{count}` is filled in by `Strings.counted`.
    enum Counted: CaseIterable, Sendable {
        case homeReviewsDue, progressDue, cliImported, cliSummaryWritten, practiceResume, stateLessonsAfterPass
        // Module end
        case endReview, endPracticeLeft

        var forms: (one: CatalogKey, other: CatalogKey) {
            switch self {
            case .homeReviewsDue: (.homeReviewsDueOne, .homeReviewsDue)
            case .progressDue: (.progressDueOne, .progressDue)
            case .cliImported: (.cliImportedOne, .cliImported)
            case .cliSummaryWritten: (.cliSummaryWrittenOne, .cliSummaryWritten)
            case .practiceResume: (.practiceResumeOne, .practiceResume)
            case .stateLessonsAfterPass: (.stateLessonAfterPass, .stateLessonsAfterPass)
            case .endReview: (.endReviewOne, .endReview)
            case .endPracticeLeft: (.endPracticeLeftOne, .endPracticeLeft)
            }
        }
    }
}
