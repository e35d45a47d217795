import ErfaringKit

/// Every text the shell shows, in both languages: one table, keyed by `CatalogKey`.
/// Placeholders are written `{name}` and must be `CatalogKey.Placeholder` names; `CatalogTests`
/// fails when a text is empty, uses an unknown placeholder, or the two languages' placeholders differ.
enum Catalog {
    static func text(for key: CatalogKey) -> LocalizedText {
        switch key {
        // First run
        case .firstWelcome: LocalizedText(nb: "Velkommen til Erfaring – et kurs for deg som vil bli erfaringskonsulent.", en: "Welcome to Erfaring – a course for people who want to become peer workers.")
        case .firstLeft: LocalizedText(nb: "Ingenting er lagret ennå. Skriv 'erfaring' for å begynne når du vil.", en: "Nothing is saved yet. Type 'erfaring' to begin whenever you like.")
        case .firstLanguage: LocalizedText(nb: "Velg språk / Choose a language:  1 norsk (bokmål)   2 English", en: "Velg språk / Choose a language:  1 norsk (bokmål)   2 English")
        case .firstLanguagePrompt: LocalizedText(nb: "Språk / Language (1/2): ", en: "Språk / Language (1/2): ")
        case .firstLanguageAgain: LocalizedText(nb: "Skriv 1 for norsk eller 2 for English.", en: "Type 1 for Norwegian or 2 for English.")
        case .firstNameWhy: LocalizedText(
            nb: "Hva vil du at vi skal kalle deg? Et kallenavn holder. Navnet brukes bare til å hilse på deg, og det lagres bare på denne maskinen ({folder}).",
            en: "What should we call you? A nickname is fine. It is only used to greet you, and it is kept only on this machine ({folder}).")
        case .firstNamePrompt: LocalizedText(nb: "Navn: ", en: "Name: ")
        case .firstNameAgain: LocalizedText(nb: "Skriv et navn eller kallenavn (1–60 tegn).", en: "Type a name or nickname (1–60 characters).")
        case .firstReady: LocalizedText(nb: "Hei, {name}! Tre ting holder for å komme i gang:", en: "Hi, {name}! Three things are enough to get going:")
        case .firstTipEnter: LocalizedText(nb: "Enter        fortsett der du slapp (eller start første modul)", en: "Enter        continue where you left off (or start the first module)")
        case .firstTipModules: LocalizedText(nb: "moduler      se alle modulene", en: "modules      see all the modules")
        case .firstTipHelp: LocalizedText(nb: "hjelp        se alle kommandoene", en: "help         see every command")

        // Home
        case .homeGreeting: LocalizedText(nb: "Hei, {name}!", en: "Hi, {name}!")
        case .homeAssignments: LocalizedText(nb: "Oppgaver fra kursleder:", en: "Assigned by your facilitator:")
        case .homeAssignmentDue: LocalizedText(nb: "frist {date}", en: "due {date}")
        case .homeAssignmentOverdue: LocalizedText(nb: "frist {date} – på overtid", en: "due {date} – overdue")
        case .homeAssignmentDone: LocalizedText(nb: "fullført", en: "completed")
        case .homeModules: LocalizedText(nb: "Modulene:", en: "Modules:")
        case .homeContinue: LocalizedText(nb: "Fortsett der du slapp: {place} (trykk Enter)", en: "Continue where you left off: {place} (press Enter)")
        case .homeStart: LocalizedText(nb: "Start med: {module} (trykk Enter)", en: "Start with: {module} (press Enter)")
        case .homeAllDone: LocalizedText(nb: "Du har fullført alle modulene. Godt jobbet med å holde det ved like: skriv 'repeter' når noe er klart.", en: "You have completed every module. Keep it fresh: type 'review' when cards are due.")
        case .homeReviewsDue: LocalizedText(nb: "Repetisjon: {count} spørsmål er klare (skriv 'repeter')", en: "Review: {count} questions are due (type 'review')")
        case .homeReviewsDueOne: LocalizedText(nb: "Repetisjon: {count} spørsmål er klart (skriv 'repeter')", en: "Review: {count} question is due (type 'review')")
        case .homeReviewsNext: LocalizedText(nb: "Neste repetisjon: {when}", en: "Next review: {when}")
        case .homeReadiness: LocalizedText(nb: "Usikker på hvor du skal begynne? Skriv 'selvtest'.", en: "Not sure where to start? Type 'readiness'.")

        // States
        case .stateLocked: LocalizedText(nb: "låst – fullfør først: {modules}", en: "locked until you complete {modules}")
        case .stateNotStarted: LocalizedText(nb: "ikke startet", en: "not started")
        case .stateInProgress: LocalizedText(nb: "{done} av {total} leksjoner lest, så quizen", en: "{done} of {total} lessons read, then the quiz")
        case .stateLessonsAfterPass: LocalizedText(nb: "quiz bestått – {count} leksjoner igjen", en: "quiz passed – {count} lessons to go")
        case .stateLessonAfterPass: LocalizedText(nb: "quiz bestått – {count} leksjon igjen", en: "quiz passed – {count} lesson to go")
        case .stateQuizPending: LocalizedText(nb: "alle leksjoner lest – quiz gjenstår", en: "all lessons read – quiz to go")
        case .stateCompleted: LocalizedText(nb: "fullført", en: "completed")
        case .stateBest: LocalizedText(nb: "beste quiz {score}", en: "best quiz {score}")

        // Progress command
        case .progressHeader: LocalizedText(nb: "Fremgang for {name}:", en: "Progress for {name}:")
        case .progressDue: LocalizedText(nb: "Repetisjon: {count} spørsmål er klare.", en: "Review: {count} questions are due.")
        case .progressDueOne: LocalizedText(nb: "Repetisjon: {count} spørsmål er klart.", en: "Review: {count} question is due.")

        // Modules
        case .modulesHeader: LocalizedText(nb: "Modulene i kurset:", en: "The course's modules:")
        case .modulesOpen: LocalizedText(nb: "Skriv nummeret for å begynne, for eksempel '1', eller 'åpne 1 2' for leksjon 2 i modul 1.", en: "Type a number to begin, for example '1', or 'open 1 2' for lesson 2 of module 1.")
        case .modulesMinutes: LocalizedText(nb: "{lessons} leksjoner · ca. {minutes} min", en: "{lessons} lessons · about {minutes} min")

        // Reading
        case .readPosition: LocalizedText(
            nb: "{module} › {lesson} ({lessonNumber}/{lessonCount}) · del\u{00A0}{block}\u{00A0}av\u{00A0}{blocks}",
            en: "{module} › {lesson} ({lessonNumber}/{lessonCount}) · part\u{00A0}{block}\u{00A0}of\u{00A0}{blocks}")
        case .readPrompt: LocalizedText(nb: "Enter: videre · 'tilbake' · 'hjem': ", en: "Enter: next · 'back' · 'home': ")
        case .readKeyPoints: LocalizedText(nb: "Viktige punkter", en: "Key points")
        case .readVignette: LocalizedText(nb: "Eksempel", en: "Case")
        case .readNote: LocalizedText(nb: "Merk", en: "Note")
        case .readContentNote: LocalizedText(nb: "Før du begynner", en: "Before you begin")
        case .readContentNoteChoice: LocalizedText(
            nb: "Trykk Enter for å lese leksjonen nå, eller skriv 'hjem' for å vente med den. Du finner den igjen med '{open}'. Skriv 'krise' for nødnumre og hjelpetelefoner.",
            en: "Press Enter to read the lesson now, or type 'home' to leave it for later. You find it again with '{open}'. Type 'crisis' for emergency and help numbers.")
        case .readContentNotePrompt: LocalizedText(nb: "Enter: les · 'hjem': vent: ", en: "Enter: read · 'home': later: ")
        case .readContentNoteLater: LocalizedText(nb: "Greit. Leksjonen venter på deg: skriv '{open}' når du vil lese den.", en: "All right. The lesson will wait: type '{open}' when you want to read it.")
        case .readReflection: LocalizedText(nb: "Refleksjon", en: "Reflection")
        case .readReflectionHow: LocalizedText(
            nb: "Skriv svaret ditt over én eller flere linjer. Avslutt med en tom linje. Skriv 'hopp' for å hoppe over. Svaret lagres bare på denne maskinen.",
            en: "Write your answer over one or more lines. Finish with an empty line. Type 'skip' to skip. Your answer is kept only on this machine.")
        case .readReflectionSaved: LocalizedText(nb: "Lagret i dagboken din (skriv 'dagbok' for å lese den).", en: "Saved in your journal (type 'journal' to read it).")
        case .readCheckSkipped: LocalizedText(nb: "Hoppet over. Vil du svare likevel, skriv tallet nå.", en: "Skipped. To answer after all, type the number now.")
        case .readReflectionWholeLines: LocalizedText(nb: "Linjene du avsluttet med Enter, er lagret; en linje du holdt på å skrive, kom ikke med.", en: "The lines you finished with Enter are saved; a line you were still typing is not.")
        case .readReflectionSkipped: LocalizedText(nb: "Hoppet over.", en: "Skipped.")
        case .readReflectionAnswered: LocalizedText(
            nb: "Du har svart på denne før (les svaret med 'dagbok'). Trykk Enter for å gå videre, eller skriv et nytt svar.",
            en: "You have answered this before (read it with 'journal'). Press Enter to go on, or write a new answer.")
        case .readCheck: LocalizedText(nb: "Sjekk deg selv", en: "Check yourself")
        case .readCheckPrompt: LocalizedText(nb: "Svar med et tall (Enter hopper over): ", en: "Answer with a number (Enter skips): ")
        case .readLessonDone: LocalizedText(nb: "Ferdig med leksjonen «{lesson}».", en: "Finished the lesson “{lesson}”.")
        case .readModuleRead: LocalizedText(nb: "Du har lest alle leksjonene i {module}. Skriv 'quiz' for å teste deg selv.", en: "You have read every lesson of {module}. Type 'quiz' to test yourself.")
        case .readAtStart: LocalizedText(nb: "Du er ved starten av modulen.", en: "You are at the start of the module.")
        case .readWhere: LocalizedText(
            nb: "Du er i {module} › leksjon {lessonNumber} av {lessonCount}, «{lesson}», del {block} av {blocks}.",
            en: "You are in {module} › lesson {lessonNumber} of {lessonCount}, “{lesson}”, part {block} of {blocks}.")
        case .readNotReading: LocalizedText(nb: "Du leser ikke noe nå. Skriv 'åpne <modul>' eller trykk Enter for å fortsette.", en: "You are not reading anything now. Type 'open <module>' or press Enter to continue.")
        case .readLeft: LocalizedText(nb: "Du er tilbake på startsiden. Alt er lagret.", en: "Back on the home screen. Everything is saved.")
        case .readLeftUnsaved: LocalizedText(nb: "Du er tilbake på startsiden. Merk: noe ble ikke lagret (se meldingene over).", en: "Back on the home screen. Note: something was not saved (see the messages above).")

        // Opening
        case .openWhich: LocalizedText(nb: "Hvilken modul? Skriv '{command}' og nummeret eller navnet: {ids}", en: "Which module? Type '{command}' and its number or name: {ids}")
        case .openUnknown: LocalizedText(nb: "Finner ingen modul '{id}'.", en: "There is no module '{id}'.")
        case .openNoLesson: LocalizedText(nb: "{module} har leksjon 1 til {count}.", en: "{module} has lessons 1 to {count}.")
        case .openNoModule: LocalizedText(nb: "Det er {count} moduler: skriv et tall fra 1 til {count}.", en: "There are {count} modules: type a number from 1 to {count}.")
        case .openOneLesson: LocalizedText(nb: "{module} har bare én leksjon: skriv 'åpne {number} 1'.", en: "{module} has only one lesson: type 'open {number} 1'.")
        case .openDidYouMean: LocalizedText(nb: "Mente du '{id}'?", en: "Did you mean '{id}'?")
        case .openDidYouMeanModule: LocalizedText(nb: "Mente du «{title}»? Skriv '{command}'.", en: "Did you mean “{title}”? Type '{command}'.")
        case .openLocked: LocalizedText(nb: "{module} er låst. Fullfør først: {modules}.", en: "{module} is locked until you complete {modules}.")
        case .openCompleted: LocalizedText(nb: "Du har fullført {module}. Du leser den på nytt fra starten.", en: "You have completed {module}. Reading it again from the start.")

        // Quiz
        case .quizWhich: LocalizedText(nb: "Hvilken modul vil du ta quizen i? Skriv 'quiz' og nummeret eller navnet: {ids}", en: "Which module's quiz? Type 'quiz' and its number or name: {ids}")
        case .quizStart: LocalizedText(nb: "Quiz: {module}. {count} spørsmål, du trenger {needed} riktige for å bestå.", en: "Quiz: {module}. {count} questions; you need {needed} right to pass.")
        case .quizResume: LocalizedText(nb: "Du fortsetter quizen der du slapp: spørsmål {number} av {count}.", en: "Resuming the quiz where you left off: question {number} of {count}.")
        case .quizNotRead: LocalizedText(nb: "Tips: du har ikke lest alle leksjonene ennå ({done} av {total}). Du kan ta quizen likevel.", en: "Tip: you have not read every lesson yet ({done} of {total}). You can take the quiz anyway.")
        case .quizQuestion: LocalizedText(nb: "Spørsmål {number} av {count}", en: "Question {number} of {count}")
        case .quizHowSingle: LocalizedText(nb: "Svar med ett tall.", en: "Answer with one number.")
        case .quizHowMultiple: LocalizedText(nb: "Flere kan være riktige: skriv alle tallene, for eksempel 1 3.", en: "Several may be right: type every number, for example 1 3.")
        case .quizHowOrdering: LocalizedText(nb: "Sett alternativene i riktig rekkefølge: skriv tallene etter hverandre, for eksempel 3 1 2.", en: "Put the choices in order: type their numbers one after another, for example 3 1 2.")
        case .quizHowTrueFalse: LocalizedText(nb: "Svar 1 (sant) eller 2 (usant).", en: "Answer 1 (true) or 2 (false).")
        case .quizPrompt: LocalizedText(nb: "Svar ('hint' for et hint, 'hjem' for å ta pause): ", en: "Answer ('hint' for a hint, 'home' to pause): ")
        case .quizTrue: LocalizedText(nb: "Sant", en: "True")
        case .quizFalse: LocalizedText(nb: "Usant", en: "False")
        case .quizRight: LocalizedText(nb: "Riktig.", en: "Correct.")
        case .quizNextPrompt: LocalizedText(nb: "Enter: neste spørsmål · 'hjem' tar pause: ", en: "Enter: next question · 'home' pauses: ")
        case .quizUnlocked: LocalizedText(nb: "Nå kan du åpne: {modules}.", en: "Now open to you: {modules}.")
        case .quizFound: LocalizedText(nb: "Du fant {found} av {total} riktige.", en: "You found {found} of {total} right ones.")
        case .quizYourOrder: LocalizedText(nb: "Din rekkefølge: {answer}", en: "Your order: {answer}")
        case .quizWrong: LocalizedText(nb: "Ikke riktig.", en: "Not right.")
        case .quizRightAnswer: LocalizedText(nb: "Riktig svar: {answer}", en: "Right answer: {answer}")
        case .quizRightOrder: LocalizedText(nb: "Riktig rekkefølge: {answer}", en: "Right order: {answer}")
        case .quizPicked: LocalizedText(nb: "ditt valg", en: "your choice")
        case .quizExplanation: LocalizedText(nb: "Forklaring: {text}", en: "Explanation: {text}")
        case .quizHintWhere: LocalizedText(nb: "Skriv 'hint' mens du svarer på et spørsmål i en quiz eller repetisjon.", en: "Type 'hint' while answering a question in a quiz or review.")
        case .quizNavigation: LocalizedText(
            nb: "Du er midt i et spørsmål: svar med tall, skriv 'hint' for et hint, eller 'hjem' for å ta pause.",
            en: "You are in the middle of a question: answer with numbers, type 'hint' for a hint, or 'home' to pause.")
        case .quizNoHint: LocalizedText(nb: "Dette spørsmålet har ikke noe hint.", en: "This question has no hint.")
        case .quizHint: LocalizedText(nb: "Hint: {text}", en: "Hint: {text}")
        case .quizBadNumber: LocalizedText(nb: "Skriv et tall fra 1 til {max}.", en: "Type a number from 1 to {max}.")
        case .quizBadNumbers: LocalizedText(nb: "Skriv ett eller flere tall fra 1 til {max}, med mellomrom.", en: "Type one or more numbers from 1 to {max}, with spaces.")
        case .quizBadOrder: LocalizedText(nb: "Skriv alle tallene fra 1 til {max} én gang hver, i den rekkefølgen du mener er riktig.", en: "Type every number from 1 to {max} once, in the order you think is right.")
        case .quizPaused: LocalizedText(nb: "Quizen er satt på pause. Svarene dine er lagret; skriv 'quiz' for å fortsette.", en: "The quiz is paused. Your answers are saved; type 'quiz' to continue.")
        case .quizPausedUnsaved: LocalizedText(
            nb: "Quizen er satt på pause. Svarene du fikk tilbakemelding på, er lagret; skriv 'quiz' for å fortsette.",
            en: "The quiz is paused. The answers you got feedback on are saved; type 'quiz' to continue.")
        case .quizResult: LocalizedText(nb: "Resultat: {correct} av {total} riktige ({percent}). Grensen for å bestå er {mark}.", en: "Result: {correct} of {total} right ({percent}). The pass mark is {mark}.")
        case .quizPassed: LocalizedText(nb: "Bestått! Les de {count} leksjonene som er igjen, så er {module} fullført.", en: "Passed! Read the {count} lessons that are left, and {module} is complete.")
        case .quizPassedOneLeft: LocalizedText(nb: "Bestått! Les den siste leksjonen, så er {module} fullført.", en: "Passed! Read the last lesson, and {module} is complete.")
        case .quizPassedComplete: LocalizedText(nb: "Bestått! Du har fullført {module}.", en: "Passed! You have completed {module}.")
        case .quizPassedPracticeLeft: LocalizedText(
            nb: "Bestått! Fullfør {count} øvingssamtale(r) i {module} ('{command}'), så er modulen fullført.",
            en: "Passed! Finish {count} practice conversation(s) in {module} ('{command}'), and the module is complete.")
        case .quizFailed: LocalizedText(nb: "Ikke bestått denne gangen. Det er helt vanlig – les gjennom dette igjen og prøv på nytt med 'quiz':", en: "Not passed this time. That is common – read these again and try again with 'quiz':")
        case .quizHistory: LocalizedText(nb: "Forsøk: {attempts} · beste resultat: {best}", en: "Attempts: {attempts} · best result: {best}")
        case .quizOtherWindow: LocalizedText(nb: "Dette spørsmålet var allerede besvart i et annet vindu. Det svaret gjelder:", en: "This question was already answered in another window. That answer stands:")
        case .quizFinishedElsewhere: LocalizedText(
            nb: "Denne quizen ble fullført i et annet vindu, så dette svaret ble ikke lagret. Resultatet er det svarene som var lagret, gir:",
            en: "This quiz was finished in another window, so this answer was not saved. The result is what the saved answers give:")
        case .quizNotSaved: LocalizedText(nb: "Svaret ditt ble ikke lagret. Svar på nytt når det er ordnet, eller skriv 'hjem' for å ta pause.", en: "Your answer was not saved. Answer again once that is fixed, or type 'home' to pause.")

        // Review
        case .reviewNone: LocalizedText(nb: "Ingen spørsmål er klare for repetisjon nå.", en: "No questions are due for review now.")
        case .reviewStart: LocalizedText(nb: "Repetisjon: {count} spørsmål. Svar som i quizen; 'hjem' tar pause.", en: "Review: {count} questions. Answer as in the quiz; 'home' pauses.")
        case .reviewConfidence: LocalizedText(nb: "Hvor sikker var du? 1 usikker · 2 ganske sikker · 3 helt sikker (Enter = 2): ", en: "How sure were you? 1 unsure · 2 fairly sure · 3 completely sure (Enter = 2): ")
        case .reviewConfidenceExpected: LocalizedText(nb: "Skriv 1, 2 eller 3, eller trykk Enter for 2.", en: "Type 1, 2 or 3, or press Enter for 2.")
        case .reviewDone: LocalizedText(nb: "Repetisjonen er ferdig: {correct} av {total} riktige.", en: "Review finished: {correct} of {total} right.")
        case .reviewPaused: LocalizedText(nb: "Repetisjonen er satt på pause: {correct} av {total} riktige så langt.", en: "Review paused: {correct} of {total} right so far.")
        case .reviewNext: LocalizedText(nb: "Neste repetisjon: {when}.", en: "Next review: {when}.")
        case .reviewNoneScheduled: LocalizedText(nb: "Ingen flere repetisjoner er planlagt ennå.", en: "No further reviews are scheduled yet.")

        // Quiz, review and check feedback
        case .quizMissedFeedback: LocalizedText(nb: "Du gikk glipp av denne: {text}", en: "You missed this one: {text}")
        case .reviewPausedRated: LocalizedText(
            nb: "Svaret ditt er lagret som riktig, som om du var ganske sikker.",
            en: "Your answer is saved as right, as if you were fairly sure.")
        case .checkRetry: LocalizedText(nb: "Prøv én gang til (Enter viser svaret).", en: "Have one more try (Enter shows the answer).")
        case .feedbackGoOnPrompt: LocalizedText(nb: "Trykk Enter for å gå videre: ", en: "Press Enter to go on: ")
        case .checkRetryPrompt: LocalizedText(nb: "Nytt svar: ", en: "Your new answer: ")

        // Time
        case .timeNow: LocalizedText(nb: "nå", en: "now")
        case .timeMinutes: LocalizedText(nb: "om {count} min", en: "in {count} min")
        case .timeHours: LocalizedText(nb: "om {count} timer", en: "in {count} hours")
        case .timeTomorrow: LocalizedText(nb: "i morgen", en: "tomorrow")
        case .timeDays: LocalizedText(nb: "om {count} dager", en: "in {count} days")

        // Journal
        case .journalEmpty: LocalizedText(nb: "Dagboken er tom. Svar på en refleksjon i en leksjon, så havner svaret her.", en: "Your journal is empty. Answer a reflection in a lesson and it appears here.")
        case .journalHeader: LocalizedText(nb: "Dagboken din (bare på denne maskinen). Skriv 'dagbok <nummer>' for å lese en.", en: "Your journal (on this machine only). Type 'journal <number>' to read one.")
        case .journalNoEntry: LocalizedText(nb: "Det finnes ingen refleksjon nummer {number}. Du har {count}.", en: "There is no reflection number {number}. You have {count}.")
        case .journalWhich: LocalizedText(nb: "Skriv 'dagbok' for listen, eller 'dagbok' og et nummer fra 1 til {count}.", en: "Type 'journal' for the list, or 'journal' and a number from 1 to {count}.")

        // Search
        case .searchWhich: LocalizedText(nb: "Hva vil du søke etter? Skriv 'søk <ord>'.", en: "What do you want to search for? Type 'search <words>'.")
        case .searchNone: LocalizedText(nb: "Fant ingenting for «{words}».", en: "Nothing found for “{words}”.")
        case .searchHeader: LocalizedText(nb: "Treff for «{words}» ({count}):", en: "Matches for “{words}” ({count}):")
        case .searchLocked: LocalizedText(nb: "låst", en: "locked")

        // Glossary
        case .glossaryHeader: LocalizedText(nb: "Ordlisten ({count} begreper). Skriv 'ordliste <begrep>' for å lese ett.", en: "The glossary ({count} terms). Type 'glossary <term>' to read one.")
        case .glossaryNone: LocalizedText(nb: "Finner ikke «{term}» i ordlisten. Prøv 'søk {term}' for å finne ordet i leksjonene.", en: "“{term}” is not in the glossary. Try 'search {term}' to find it in the lessons.")
        case .glossarySeveral: LocalizedText(nb: "Flere begreper passer:", en: "Several terms match:")

        // Readiness
        case .readinessScale: LocalizedText(nb: "Svar 1–5 for hvert utsagn. Enter beholder forrige svar eller hopper over; 'hjem' avslutter.", en: "Answer 1–5 for each statement. Enter keeps your previous answer or skips; 'home' stops.")
        case .readinessPrompt: LocalizedText(nb: "1–5: ", en: "1–5: ")
        case .readinessPrevious: LocalizedText(nb: "(forrige svar: {rating})", en: "(previous answer: {rating})")
        case .readinessBad: LocalizedText(nb: "Skriv et tall fra 1 til 5, eller trykk Enter.", en: "Type a number from 1 to 5, or press Enter.")
        case .readinessStartWith: LocalizedText(nb: "Forslag til hvor du kan begynne:", en: "Suggestions for where to start:")
        case .readinessPartial: LocalizedText(nb: "Ut fra det du har svart så langt:", en: "From what you have answered so far:")
        case .readinessSaved: LocalizedText(nb: "Svarene er lagret bare på denne maskinen.", en: "Your answers are kept only on this machine.")

        // Assignments
        case .assignmentsNone: LocalizedText(
            nb: "Du har ingen oppgaver fra en kursleder. En kursleder kan gi deg en fil. Gå ut med 'avslutt' og skriv 'erfaring assignment import FIL' for å hente den inn.",
            en: "You have no assignments from a facilitator. A facilitator can give you a file: leave with 'quit' and type 'erfaring assignment import FILE' to bring it in.")
        case .assignmentsHeader: LocalizedText(nb: "Oppgaver fra {cohort}:", en: "Assignments from {cohort}:")
        case .assignmentsContact: LocalizedText(nb: "Kontakt: {contact}", en: "Contact: {contact}")

        // Export
        case .exportShell: LocalizedText(
            nb: "Eksport gjøres fra kommandolinjen: gå ut med 'avslutt' og skriv 'erfaring export --format json --out fil.json'. Refleksjoner og selvtest tas bare med hvis du legger til --include-private.",
            en: "Export runs from the command line: leave with 'quit' and type 'erfaring export --format json --out file.json'. Reflections and self-assessment are included only if you add --include-private.")

        // Language
        case .langWhich: LocalizedText(nb: "Skriv 'språk nb' for norsk eller 'språk en' for English.", en: "Type 'lang nb' for Norwegian or 'lang en' for English.")
        case .langChanged: LocalizedText(nb: "Språket er nå norsk (bokmål).", en: "The language is now English.")

        // Errors and help
        case .errorUnknown: LocalizedText(nb: "Ukjent kommando: '{command}'.", en: "Unknown command: '{command}'.")
        case .errorDidYouMean: LocalizedText(nb: "Mente du '{command}'?", en: "Did you mean '{command}'?")
        case .errorSeeHelp: LocalizedText(nb: "Skriv 'hjelp' for å se kommandoene.", en: "Type 'help' to see the commands.")
        case .errorArguments: LocalizedText(nb: "'{command}' tar ikke imot «{arguments}».", en: "'{command}' does not take “{arguments}”.")
        case .errorUsage: LocalizedText(nb: "Bruk: {usage}", en: "Usage: {usage}")
        case .errorStore: LocalizedText(nb: "Kunne ikke lagre: {detail}", en: "Could not save: {detail}")
        case .helplinesHeader: LocalizedText(nb: "Hjelp nå – nødnumre og hjelpetelefoner", en: "Help now – emergency and help numbers")
        case .helplinesAfter: LocalizedText(nb: "Kurset venter til du kommer tilbake. Alt er lagret.", en: "The course waits until you come back. Everything is saved.")
        case .helpHeader: LocalizedText(nb: "Kommandoer (norske og engelske navn virker begge):", en: "Commands (Norwegian and English names both work):")
        case .helpMore: LocalizedText(nb: "Skriv 'hjelp <kommando>' for mer om én kommando. Ctrl-C avbryter et steg, Ctrl-D avslutter.", en: "Type 'help <command>' for more about one. Ctrl-C stops a step, Ctrl-D leaves.")
        case .helpSummary: LocalizedText(
            nb: "Kompetanseoversikt til en jobbsøknad: kjør 'erfaring summary --out kompetanse.html' i terminalen (utenfor kurset), og skriv den ut.",
            en: "A competence statement for a job application: run 'erfaring summary --out competence.html' in the terminal (outside the course), and print it.")
        case .summaryOffer: LocalizedText(
            nb: "Det du har vist, kan du vise en arbeidsgiver: kjør 'erfaring summary --out kompetanse.html' i terminalen for en kompetanseoversikt.",
            en: "You can show an employer what you have shown: run 'erfaring summary --out competence.html' in the terminal for a competence statement.")
        case .helpUnknown: LocalizedText(nb: "Det finnes ingen kommando eller emne '{command}'.", en: "There is no command or topic '{command}'.")
        case .bye: LocalizedText(nb: "Ha det! Alt er lagret.", en: "Goodbye! Everything is saved.")
        case .byeUnsaved: LocalizedText(nb: "Ha det! Merk: noe av det du gjorde, ble ikke lagret (se meldingene over).", en: "Goodbye! Note: some of what you did was not saved (see the messages above).")
        case .interrupted: LocalizedText(nb: "Avbrutt. Alt du har svart, er lagret.", en: "Stopped. Everything you answered is saved.")
        case .interruptedUnsaved: LocalizedText(nb: "Avbrutt. Merk: noe ble ikke lagret (se meldingene over).", en: "Stopped. Note: something was not saved (see the messages above).")

        // Learner commands on the command line, in the profile's language
        case .cliImported: LocalizedText(nb: "Hentet inn «{cohort}»: {count} moduler for {name}.", en: "Imported “{cohort}”: {count} modules for {name}.")
        case .cliImportedOne: LocalizedText(nb: "Hentet inn «{cohort}»: {count} modul for {name}.", en: "Imported “{cohort}”: {count} module for {name}.")
        case .cliNoAssignments: LocalizedText(nb: "Ingen oppgaver.", en: "No assignments.")
        case .cliFlagCompleted: LocalizedText(nb: "fullført", en: "completed")
        case .cliFlagOverdue: LocalizedText(nb: "FORSINKET", en: "OVERDUE")
        case .cliFlagOpen: LocalizedText(nb: "åpen", en: "open")
        case .cliContact: LocalizedText(nb: "Kontakt: {contact}", en: "Contact: {contact}")
        case .cliSummaryWritten: LocalizedText(nb: "Skrev «{file}»: {count} fullførte moduler.", en: "Wrote “{file}”: {count} completed modules.")
        case .cliSummaryWrittenOne: LocalizedText(nb: "Skrev «{file}»: {count} fullført modul.", en: "Wrote “{file}”: {count} completed module.")
        case .cliWritten: LocalizedText(nb: "Skrev «{file}».", en: "Wrote “{file}”.")

        // profiles: `erfaring profile` (messages lowercase first, as errors are) and the shell's `profil`
        case .profileNone: LocalizedText(
            nb: "Ingen profiler ennå. Skriv 'erfaring' for å begynne, eller 'erfaring profile create NAVN'.",
            en: "No profiles yet. Run 'erfaring' to start, or 'erfaring profile create NAME'.")
        case .profileCreated: LocalizedText(
            nb: "Profilen '{name}' ({id}) er opprettet og er nå i bruk.",
            en: "Created profile '{name}' ({id}); it is now in use.")
        case .profileDuplicate: LocalizedText(
            nb: "det fantes allerede en profil med dette navnet: {text}; den nye er '{name}' ({id}). Id-ene skiller dem: 'erfaring profile list' viser dem, 'erfaring profile use ID' bytter til én av dem.",
            en: "a profile with this name already existed: {text}; the new one is '{name}' ({id}). They are told apart by their ids: 'erfaring profile list' shows them, 'erfaring profile use ID' switches to one.")
        case .profileDuplicateMany: LocalizedText(
            nb: "det fantes allerede {count} profiler med dette navnet: {text}; den nye er '{name}' ({id}). Id-ene skiller dem: 'erfaring profile list' viser dem, 'erfaring profile use ID' bytter til én av dem.",
            en: "{count} profiles with this name already existed: {text}; the new one is '{name}' ({id}). They are told apart by their ids: 'erfaring profile list' shows them, 'erfaring profile use ID' switches to one.")
        case .profileWarningPrefix: LocalizedText(nb: "erfaring: advarsel: ", en: "erfaring: warning: ")
        case .profileUsing: LocalizedText(nb: "Nå brukes profilen '{name}' ({id}).", en: "Now using profile '{name}' ({id}).")
        case .profileNotFound: LocalizedText(
            nb: "profilen '{name}' finnes ikke{text} ('erfaring profile list' viser profilene)",
            en: "profile '{name}' does not exist{text} ('erfaring profile list' shows the profiles)")
        case .profileDidYouMean: LocalizedText(nb: "; mente du '{name}'?", en: "; did you mean '{name}'?")
        case .profileAmbiguous: LocalizedText(
            nb: "'{name}' er tvetydig: {count} profiler passer",
            en: "'{name}' is ambiguous: {count} profiles match")
        case .profileChooseByID: LocalizedText(
            nb: "velg én med id-en, for eksempel: {command}",
            en: "choose one by its id, for example: {command}")
        case .shellProfileHeader: LocalizedText(nb: "Profiler på denne maskinen (* er i bruk):", en: "Profiles on this machine (* is in use):")
        case .shellProfileHow: LocalizedText(
            nb: "Skriv '{command}' og et navn for å bytte profil.",
            en: "Type '{command}' and a name to switch profile.")
        case .shellProfileCreate: LocalizedText(
            nb: "En ny profil lager du med 'erfaring profile create NAVN' utenfor kurset.",
            en: "To make a new profile, run 'erfaring profile create NAME' outside the course.")
        case .shellProfileAlready: LocalizedText(nb: "Du bruker allerede profilen '{name}'.", en: "You are already using profile '{name}'.")
        case .shellProfileSwitched: LocalizedText(nb: "Byttet til profilen '{name}'.", en: "Switched to profile '{name}'.")
        case .shellProfileNotFound: LocalizedText(nb: "Profilen '{name}' finnes ikke.", en: "There is no profile '{name}'.")
        case .shellProfileDidYouMean: LocalizedText(
            nb: "Mente du '{name}'? Skriv '{command}' for å bytte.",
            en: "Did you mean '{name}'? Type '{command}' to switch.")
        case .shellProfileSeeList: LocalizedText(nb: "Skriv '{command}' for å se profilene.", en: "Type '{command}' to see the profiles.")
        case .shellProfileAmbiguous: LocalizedText(nb: "'{name}' passer til {count} profiler:", en: "'{name}' matches {count} profiles:")
        case .shellProfileChoose: LocalizedText(
            nb: "Velg én med id-en, for eksempel '{command}'.",
            en: "Choose one by its id, for example '{command}'.")
        case .shellProfileFromHome: LocalizedText(
            nb: "Du bytter profil fra startsiden: skriv 'hjem' først, og så '{command}'.",
            en: "Profiles are switched from the home screen: type 'home' first, then '{command}'.")

        // Practice conversations
        case .statePracticePending: LocalizedText(nb: "quiz bestått – en øvingssamtale gjenstår", en: "quiz passed – a practice conversation to go")
        case .practiceNone: LocalizedText(nb: "{module} har ingen øvingssamtaler.", en: "{module} has no practice conversations.")
        case .practiceNoneAtAll: LocalizedText(nb: "Kurset har ingen øvingssamtaler.", en: "The course has no practice conversations.")
        case .practiceHeader: LocalizedText(
            nb: "Øvingssamtaler (slutter du har funnet, av alle):",
            en: "Practice conversations (endings you have found, of all):")
        case .practiceHeaderModule: LocalizedText(
            nb: "Øvingssamtaler i {module} (slutter du har funnet, av alle):",
            en: "Practice conversations in {module} (endings you have found, of all):")
        case .practiceEntry: LocalizedText(nb: "{title} – {module} ({reached} av {total})", en: "{title} – {module} ({reached} of {total})")
        case .practiceEntryModule: LocalizedText(nb: "{title} ({reached} av {total})", en: "{title} ({reached} of {total})")
        case .practiceEntryLocked: LocalizedText(nb: "låst", en: "locked")
        case .practicePick: LocalizedText(nb: "Velg en samtale (1–{max}, Enter for å la være): ", en: "Pick a conversation (1–{max}, Enter to leave it): ")
        case .practicePickAgain: LocalizedText(
            nb: "Skriv et tall fra 1 til {max}, eller trykk Enter for å la være.",
            en: "Type a number from 1 to {max}, or press Enter to leave it.")
        case .practiceModulesLine: LocalizedText(
            nb: "Øv: {title} ({reached} av {total} slutter funnet, {command})",
            en: "Practise: {title} ({reached} of {total} endings found, {command})")
        case .practiceContentNoteChoice: LocalizedText(
            nb: "Trykk Enter for å begynne samtalen, eller skriv 'hjem' for å vente med den.",
            en: "Press Enter to start the conversation, or type 'home' to leave it for later.")
        case .practiceContentNoteLater: LocalizedText(
            nb: "Greit. Samtalen venter; skriv '{command}' når du vil.",
            en: "All right. The conversation will wait; type '{command}' when you like.")
        case .practiceContentNotePrompt: LocalizedText(nb: "Enter: begynn · 'hjem': vent: ", en: "Enter: begin · 'home': later: ")
        case .practiceTitle: LocalizedText(nb: "Øvingssamtale: {title}", en: "Practice conversation: {title}")
        case .practiceResume: LocalizedText(nb: "Du fortsetter der du slapp, etter {count} valg.", en: "You go on where you left off, after {count} choices.")
        case .practiceResumeOne: LocalizedText(
            nb: "Du fortsetter der du slapp, etter {count} valg.",
            en: "You go on where you left off, after {count} choice.")
        case .practiceStartedAnew: LocalizedText(
            nb: "Samtalen er endret siden sist, så stedet du var, finnes ikke lenger. Den begynner på nytt.",
            en: "The conversation has changed since last time, so the place you were no longer exists. It starts again.")
        case .practiceHow: LocalizedText(
            nb: "Skriv nummeret på det du vil si eller gjøre ('hjem' tar pause).",
            en: "Type the number of what you want to say or do ('home' pauses).")
        case .practicePrompt: LocalizedText(nb: "Ditt valg: ", en: "Your choice: ")
        case .practiceBadNumber: LocalizedText(
            nb: "Skriv et tall fra 1 til {max}, eller 'hjem' for å ta pause.",
            en: "Type a number from 1 to {max}, or 'home' to pause.")
        case .practiceChosen: LocalizedText(nb: "Du valgte {number}.", en: "You chose {number}.")
        case .practiceFeedback: LocalizedText(nb: "Tilbakemelding: {text}", en: "Feedback: {text}")
        case .practiceNote: LocalizedText(nb: "Hva valget koster eller gir: {text}", en: "What the choice costs or wins: {text}")
        case .practiceNextPrompt: LocalizedText(nb: "Enter: videre · 'hjem' tar pause: ", en: "Enter: go on · 'home' pauses: ")
        case .practicePaused: LocalizedText(
            nb: "Samtalen er satt på pause her. Skriv '{command}' for å fortsette der du slapp.",
            en: "The conversation is paused here. Type '{command}' to go on where you left off.")
        case .practiceNotSaved: LocalizedText(
            nb: "Valget ble ikke lagret. Velg på nytt når det er ordnet, eller skriv 'hjem'.",
            en: "Your choice was not saved. Choose again when it is sorted out, or type 'home'.")
        case .practiceMovedOn: LocalizedText(
            nb: "Samtalen kom videre i et annet vindu; du fortsetter der.",
            en: "The conversation moved on in another window; you go on from there.")
        case .practiceEnding: LocalizedText(nb: "Slutt: {title} – {kind}", en: "Ending: {title} – {kind}")
        case .practiceKindSkill: LocalizedText(nb: "Godt håndtert", en: "Handled well")
        case .practiceKindMixed: LocalizedText(nb: "Delvis", en: "Partly")
        case .practiceKindMistake: LocalizedText(nb: "En vanlig feil", en: "A common mistake")
        case .practicePath: LocalizedText(nb: "Veien du valgte:", en: "The path you took:")
        case .practiceLesson: LocalizedText(nb: "Les mer: «{lesson}» ({command})", en: "Read more: “{lesson}” ({command})")
        case .practiceReached: LocalizedText(
            nb: "Slutter du har funnet i denne samtalen: {reached} av {total}.",
            en: "Endings you have found in this conversation: {reached} of {total}.")
        case .practiceAgain: LocalizedText(nb: "Spille igjen for å finne en annen slutt? (ja/nei): ", en: "Play again to find another ending? (yes/no): ")

        // Shell input: leaving, the paused conversation
        case .shellHowToLeave: LocalizedText(
            nb: "For å gå ut: skriv 'avslutt', trykk Ctrl-D, eller trykk Ctrl-C en gang til.",
            en: "To leave: type 'quit', press Ctrl-D, or press Ctrl-C once more.")
        case .practicePausedMark: LocalizedText(nb: "påbegynt – fortsett", en: "paused – continue")
        case .practiceOfferPaused: LocalizedText(
            nb: "Påbegynt samtale: {title}",
            en: "Paused conversation: {title}")
        case .practiceOfferPausedPrompt: LocalizedText(
            nb: "Enter fortsetter den, 'nei' viser alle samtalene: ",
            en: "Enter goes on with it, 'no' shows every conversation: ")
        case .practiceOfferPausedAgain: LocalizedText(
            nb: "Trykk Enter for å fortsette den, eller skriv 'nei' for å se alle samtalene.",
            en: "Press Enter to go on with it, or type 'no' to see every conversation.")
        // Module end and next step
        case .endComplete: LocalizedText(nb: "Modul fullført: {module}", en: "Module complete: {module}")
        case .endDone: LocalizedText(
            nb: "Du har lest alle {count} leksjonene og bestått quizen.",
            en: "You have read all {count} lessons and passed the quiz.")
        case .endDoneOne: LocalizedText(nb: "Du har lest leksjonen og bestått quizen.", en: "You have read the lesson and passed the quiz.")
        case .endPractice: LocalizedText(nb: "Øvingssamtaler fullført: {title}.", en: "Practice conversations finished: {title}.")
        case .endReview: LocalizedText(
            nb: "Repetisjon: {count} spørsmål fra modulen er lagt til; det første er klart {when}.",
            en: "Review: {count} questions from the module were added; the first is due {when}.")
        case .endReviewOne: LocalizedText(
            nb: "Repetisjon: {count} spørsmål fra modulen er lagt til; det er klart {when}.",
            en: "Review: {count} question from the module was added; it is due {when}.")
        case .endCourse: LocalizedText(
            nb: "Du har fullført hele kurset, alle {count} modulene. Godt gjort!",
            en: "You have completed the whole course, all {count} modules. Well done.")
        case .endCourseSummary: LocalizedText(
            nb: "Til en jobbsøknad: kjør 'erfaring summary --out kompetanse.html' i terminalen (utenfor kurset). Siden samler det du har vist i kurset, klar til å skrives ut fra en nettleser. Skriv 'repeter' når spørsmål er klare, så holder du det ved like.",
            en: "For a job application: run 'erfaring summary --out competence.html' in the terminal (outside the course). The page gathers what you have shown in the course, ready to print from a browser. Type 'review' when questions are due, to keep it fresh.")
        case .endReadAgain: LocalizedText(
            nb: "Du har lest gjennom {module} igjen. Modulen var fullført fra før.",
            en: "You have read through {module} again. The module was already complete.")
        case .endPracticeLeft: LocalizedText(
            nb: "Du har lest alle leksjonene i {module}, og quizen er bestått. Det som gjenstår: {count} øvingssamtaler ('{command}').",
            en: "You have read every lesson of {module}, and the quiz is passed. What is left: {count} practice conversations ('{command}').")
        case .endPracticeLeftOne: LocalizedText(
            nb: "Du har lest alle leksjonene i {module}, og quizen er bestått. Det som gjenstår: {count} øvingssamtale ('{command}').",
            en: "You have read every lesson of {module}, and the quiz is passed. What is left: {count} practice conversation ('{command}').")
        case .homeContinueReview: LocalizedText(
            nb: "Neste: repetisjon av spørsmålene som er klare (trykk Enter)",
            en: "Next: review the questions that are due (press Enter)")
        // Pager, help by topic, readiness result
        case .helpOverviewHeader: LocalizedText(
            nb: "Kommandoene etter emne (norske og engelske navn virker begge):",
            en: "The commands by topic (Norwegian and English names both work):")
        case .helpOverviewMore: LocalizedText(
            nb: "Mer: 'hjelp lesing' (et emne), 'hjelp søk' (én kommando), 'hjelp alle' (alt). Ctrl-C avbryter et steg, Ctrl-D avslutter.",
            en: "More: 'help reading' (a topic), 'help search' (one command), 'help all' (everything). Ctrl-C stops a step, Ctrl-D leaves.")
        case .helpTopicHeader: LocalizedText(nb: "Kommandoer – {title}:", en: "Commands – {title}:")
        case .helpTopics: LocalizedText(
            nb: "Emnene er {words}; 'hjelp alle' viser alle kommandoene.",
            en: "The topics are {words}; 'help all' shows every command.")
        case .homeHints: LocalizedText(
            nb: "Skriv 'hjelp' for kommandoene, 'krise' for nødnumre, 'avslutt' for å gå ut.",
            en: "Type 'help' for the commands, 'crisis' for emergency numbers, 'quit' to leave.")
        case .homeLocked: LocalizedText(nb: "låst: ta modul {modules} først", en: "locked: take module {modules} first")
        case .homeLockedMany: LocalizedText(nb: "låst: ta modul {modules} først", en: "locked: take modules {modules} first")
        case .readinessFromAnswers: LocalizedText(nb: "(ut fra {count} av svarene dine)", en: "(from {count} of your answers)")
        case .readinessLater: LocalizedText(nb: "Passer også for deg når de er åpnet:", en: "Also for you, once they open:")
        case .readinessAllLocked: LocalizedText(
            nb: "Modulene som passer best for deg, er fortsatt låst. Begynn med {modules}, så åpnes de:",
            en: "The modules that suit you best are still locked. Start with {modules}, and they open:")
        case .readinessSecondLook: LocalizedText(
            nb: "Se gjerne ekstra på utsagn {number}, der du svarte {rating}: der er det ofte noe å hente.",
            en: "Statements {number}, which you rated {rating}, are worth a second look: that is often where there is something to gain.")
        case .readinessSecondLookOne: LocalizedText(
            nb: "Se gjerne ekstra på utsagn {number}, der du svarte {rating}: der er det ofte noe å hente.",
            en: "Statement {number}, which you rated {rating}, is worth a second look: that is often where there is something to gain.")
        case .pagerMore: LocalizedText(nb: "-- mer (mellomrom/Enter, q for å stoppe) --", en: "-- more (Space/Enter, q to stop) --")
        }
    }
}
