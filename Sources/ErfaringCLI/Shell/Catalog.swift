import ErfaringKit

/// Every text the shell shows, in both languages. Placeholders are written `{name}`.
/// `CatalogTests` fails when a key lacks a language or the two languages' placeholders differ.
enum Catalog {
    static let entries: [String: [Language: String]] = [
        // First run
        "first.welcome": [
            .nb: "Velkommen til Erfaring – et kurs for deg som vil bli erfaringskonsulent.",
            .en: "Welcome to Erfaring – a course for people who want to become peer workers."],
        "first.left": [.nb: "Ingenting er lagret ennå. Skriv 'erfaring' for å begynne når du vil.", .en: "Nothing is saved yet. Type 'erfaring' to begin whenever you like."],
        "first.language": [
            .nb: "Velg språk / Choose a language:  1 norsk (bokmål)   2 English",
            .en: "Velg språk / Choose a language:  1 norsk (bokmål)   2 English"],
        "first.language.prompt": [.nb: "Språk / Language (1/2): ", .en: "Språk / Language (1/2): "],
        "first.language.again": [.nb: "Skriv 1 for norsk eller 2 for English.", .en: "Type 1 for Norwegian or 2 for English."],
        "first.name.why": [
            .nb: "Hva vil du at vi skal kalle deg? Et kallenavn holder. Navnet brukes bare til å hilse på deg, og det lagres bare på denne maskinen ({folder}).",
            .en: "What should we call you? A nickname is fine. It is only used to greet you, and it is kept only on this machine ({folder})."],
        "first.name.prompt": [.nb: "Navn: ", .en: "Name: "],
        "first.name.again": [.nb: "Skriv et navn eller kallenavn (1–60 tegn).", .en: "Type a name or nickname (1–60 characters)."],
        "first.ready": [
            .nb: "Hei, {name}! Tre ting holder for å komme i gang:",
            .en: "Hi, {name}! Three things are enough to get going:"],
        "first.tip.enter": [.nb: "Enter        fortsett der du slapp (eller start første modul)", .en: "Enter        continue where you left off (or start the first module)"],
        "first.tip.modules": [.nb: "moduler      se alle modulene", .en: "modules      see all the modules"],
        "first.tip.help": [.nb: "hjelp        se alle kommandoene", .en: "help         see every command"],

        // Home
        "home.greeting": [.nb: "Hei, {name}!", .en: "Hi, {name}!"],
        "home.assignments": [.nb: "Oppgaver fra kursleder:", .en: "Assigned by your facilitator:"],
        "home.assignment.due": [.nb: "frist {date}", .en: "due {date}"],
        "home.assignment.overdue": [.nb: "frist {date} – på overtid", .en: "due {date} – overdue"],
        "home.assignment.done": [.nb: "fullført", .en: "completed"],
        "home.modules": [.nb: "Modulene:", .en: "Modules:"],
        "home.continue": [.nb: "Fortsett der du slapp: {place} (trykk Enter)", .en: "Continue where you left off: {place} (press Enter)"],
        "home.start": [.nb: "Start med: {module} (trykk Enter)", .en: "Start with: {module} (press Enter)"],
        "home.all-done": [.nb: "Du har fullført alle modulene. Godt jobbet med å holde det ved like: skriv 'repeter' når noe er klart.", .en: "You have completed every module. Keep it fresh: type 'review' when cards are due."],
        "home.reviews.due": [.nb: "Repetisjon: {count} spørsmål er klare (skriv 'repeter')", .en: "Review: {count} questions are due (type 'review')"],
        "home.reviews.due.one": [.nb: "Repetisjon: {count} spørsmål er klart (skriv 'repeter')", .en: "Review: {count} question is due (type 'review')"],
        "home.reviews.next": [.nb: "Neste repetisjon: {when}", .en: "Next review: {when}"],
        "home.readiness": [.nb: "Usikker på hvor du skal begynne? Skriv 'selvtest' for «Passer jeg til å bli erfaringskonsulent?».", .en: "Not sure where to start? Type 'readiness' for “Is peer work right for me?”."],
        "home.crisis": [.nb: "Trenger du hjelp nå? Skriv 'krise' for nødnumre og hjelpetelefoner.", .en: "Need help now? Type 'crisis' for emergency and help numbers."],
        "home.hint": [.nb: "Skriv 'hjelp' for alle kommandoene, 'avslutt' for å gå ut.", .en: "Type 'help' for a list of commands, 'quit' to leave."],

        // States
        "state.locked": [.nb: "låst – fullfør først: {modules}", .en: "locked until you complete {modules}"],
        "state.not-started": [.nb: "ikke startet", .en: "not started"],
        "state.in-progress": [.nb: "{done} av {total} leksjoner lest, så quizen", .en: "{done} of {total} lessons read, then the quiz"],
        "state.quiz-pending": [.nb: "alle leksjoner lest – quiz gjenstår", .en: "all lessons read – quiz to go"],
        "state.completed": [.nb: "fullført", .en: "completed"],
        "state.best": [.nb: "beste quiz {score}", .en: "best quiz {score}"],

        // Progress command
        "progress.header": [.nb: "Fremgang for {name}:", .en: "Progress for {name}:"],
        "progress.due": [.nb: "Repetisjon: {count} spørsmål er klare.", .en: "Review: {count} questions are due."],
        "progress.due.one": [.nb: "Repetisjon: {count} spørsmål er klart.", .en: "Review: {count} question is due."],

        // Modules
        "modules.header": [.nb: "Modulene i kurset:", .en: "The course's modules:"],
        "modules.open": [.nb: "Skriv nummeret eller 'åpne <modul>' for å begynne, for eksempel '1' eller 'åpne {id}'.", .en: "Type a number or 'open <module>' to begin, for example '1' or 'open {id}'."],
        "modules.minutes": [.nb: "{lessons} leksjoner · ca. {minutes} min", .en: "{lessons} lessons · about {minutes} min"],

        // Reading
        "read.position": [.nb: "{module} › {lesson} ({lessonNumber}/{lessonCount}) · del\u{00A0}{block}\u{00A0}av\u{00A0}{blocks}", .en: "{module} › {lesson} ({lessonNumber}/{lessonCount}) · part\u{00A0}{block}\u{00A0}of\u{00A0}{blocks}"],
        "read.prompt": [.nb: "Enter: videre · 'tilbake' · 'hjem': ", .en: "Enter: next · 'back' · 'home': "],
        "read.key-points": [.nb: "Viktige punkter", .en: "Key points"],
        "read.vignette": [.nb: "Eksempel", .en: "Case"],
        "read.note": [.nb: "Merk", .en: "Note"],
        "read.content-note": [.nb: "Før du begynner", .en: "Before you begin"],
        "read.content-note.choice": [
            .nb: "Trykk Enter for å lese leksjonen nå, eller skriv 'hjem' for å vente med den. Du finner den igjen med '{open}'. Skriv 'krise' for nødnumre og hjelpetelefoner.",
            .en: "Press Enter to read the lesson now, or type 'home' to leave it for later. You find it again with '{open}'. Type 'crisis' for emergency and help numbers."],
        "read.content-note.prompt": [.nb: "Enter: les · 'hjem': vent: ", .en: "Enter: read · 'home': later: "],
        "read.content-note.later": [.nb: "Greit. Leksjonen venter på deg: skriv '{open}' når du vil lese den.", .en: "All right. The lesson will wait: type '{open}' when you want to read it."],
        "read.reflection": [.nb: "Refleksjon", .en: "Reflection"],
        "read.reflection.how": [.nb: "Skriv svaret ditt over én eller flere linjer. Avslutt med en tom linje. Skriv 'hopp' for å hoppe over. Svaret lagres bare på denne maskinen.", .en: "Write your answer over one or more lines. Finish with an empty line. Type 'skip' to skip. Your answer is kept only on this machine."],
        "read.reflection.saved": [.nb: "Lagret i dagboken din (skriv 'dagbok' for å lese den).", .en: "Saved in your journal (type 'journal' to read it)."],
        "read.check.skipped": [.nb: "Hoppet over. Vil du svare likevel, skriv tallet nå.", .en: "Skipped. To answer after all, type the number now."],
        "read.reflection.whole-lines": [.nb: "Linjene du avsluttet med Enter, er lagret; en linje du holdt på å skrive, kom ikke med.", .en: "The lines you finished with Enter are saved; a line you were still typing is not."],
        "read.reflection.skipped": [.nb: "Hoppet over.", .en: "Skipped."],
        "read.reflection.answered": [.nb: "Du har svart på denne før (les svaret med 'dagbok'). Trykk Enter for å gå videre, eller skriv et nytt svar.", .en: "You have answered this before (read it with 'journal'). Press Enter to go on, or write a new answer."],
        "read.check": [.nb: "Sjekk deg selv", .en: "Check yourself"],
        "read.check.prompt": [.nb: "Svar med et tall (Enter hopper over): ", .en: "Answer with a number (Enter skips): "],
        "read.lesson-done": [.nb: "Ferdig med leksjonen «{lesson}».", .en: "Finished the lesson “{lesson}”."],
        "read.next-lesson": [.nb: "Neste leksjon: {lesson}. Trykk Enter for å fortsette.", .en: "Next lesson: {lesson}. Press Enter to continue."],
        "read.module-read": [.nb: "Du har lest alle leksjonene i {module}. Skriv 'quiz' for å teste deg selv.", .en: "You have read every lesson of {module}. Type 'quiz' to test yourself."],
        "read.at-start": [.nb: "Du er ved starten av modulen.", .en: "You are at the start of the module."],
        "read.where": [.nb: "Du er i {module} › leksjon {lessonNumber} av {lessonCount}, «{lesson}», del {block} av {blocks}.", .en: "You are in {module} › lesson {lessonNumber} of {lessonCount}, “{lesson}”, part {block} of {blocks}."],
        "read.not-reading": [.nb: "Du leser ikke noe nå. Skriv 'åpne <modul>' eller trykk Enter for å fortsette.", .en: "You are not reading anything now. Type 'open <module>' or press Enter to continue."],
        "read.left": [.nb: "Du er tilbake på startsiden. Alt er lagret.", .en: "Back on the home screen. Everything is saved."],
        "read.left.unsaved": [.nb: "Du er tilbake på startsiden. Merk: noe ble ikke lagret (se meldingene over).", .en: "Back on the home screen. Note: something was not saved (see the messages above)."],

        // Opening
        "open.which": [.nb: "Hvilken modul? Skriv '{command}' og nummeret eller navnet: {ids}", .en: "Which module? Type '{command}' and its number or name: {ids}"],
        "open.unknown": [.nb: "Finner ingen modul '{id}'.", .en: "There is no module '{id}'."],
        "open.no-lesson": [.nb: "{module} har leksjon 1 til {count}.", .en: "{module} has lessons 1 to {count}."],
        "open.no-module": [.nb: "Det er {count} moduler: skriv et tall fra 1 til {count}.", .en: "There are {count} modules: type a number from 1 to {count}."],
        "open.one-lesson": [.nb: "{module} har bare én leksjon: skriv 'åpne {number} 1'.", .en: "{module} has only one lesson: type 'open {number} 1'."],
        "open.did-you-mean": [.nb: "Mente du '{id}'?", .en: "Did you mean '{id}'?"],
        "open.locked": [.nb: "{module} er låst. Fullfør først: {modules}.", .en: "{module} is locked until you complete {modules}."],
        "open.completed": [.nb: "Du har fullført {module}. Du leser den på nytt fra starten.", .en: "You have completed {module}. Reading it again from the start."],

        // Quiz
        "quiz.which": [.nb: "Hvilken modul vil du ta quizen i? Skriv 'quiz' og nummeret eller navnet: {ids}", .en: "Which module's quiz? Type 'quiz' and its number or name: {ids}"],
        "quiz.start": [.nb: "Quiz: {module}. {count} spørsmål, du trenger {needed} riktige for å bestå.", .en: "Quiz: {module}. {count} questions; you need {needed} right to pass."],
        "quiz.resume": [.nb: "Du fortsetter quizen der du slapp: spørsmål {number} av {count}.", .en: "Resuming the quiz where you left off: question {number} of {count}."],
        "quiz.not-read": [.nb: "Tips: du har ikke lest alle leksjonene ennå ({done} av {total}). Du kan ta quizen likevel.", .en: "Tip: you have not read every lesson yet ({done} of {total}). You can take the quiz anyway."],
        "quiz.question": [.nb: "Spørsmål {number} av {count}", .en: "Question {number} of {count}"],
        "quiz.how.single": [.nb: "Svar med ett tall.", .en: "Answer with one number."],
        "quiz.how.multiple": [.nb: "Flere kan være riktige: skriv alle tallene, for eksempel 1 3.", .en: "Several may be right: type every number, for example 1 3."],
        "quiz.how.ordering": [.nb: "Sett alternativene i riktig rekkefølge: skriv tallene etter hverandre, for eksempel 3 1 2.", .en: "Put the choices in order: type their numbers one after another, for example 3 1 2."],
        "quiz.how.true-false": [.nb: "Svar 1 (sant) eller 2 (usant).", .en: "Answer 1 (true) or 2 (false)."],
        "quiz.prompt": [.nb: "Svar ('hint' for et hint, 'hjem' for å ta pause): ", .en: "Answer ('hint' for a hint, 'home' to pause): "],
        "quiz.true": [.nb: "Sant", .en: "True"],
        "quiz.false": [.nb: "Usant", .en: "False"],
        "quiz.right": [.nb: "Riktig.", .en: "Correct."],
        "quiz.next-prompt": [.nb: "Enter: neste spørsmål · 'hjem' tar pause: ", .en: "Enter: next question · 'home' pauses: "],
        "quiz.unlocked": [.nb: "Nå kan du åpne: {modules}.", .en: "Now open to you: {modules}."],
        "quiz.found": [.nb: "Du fant {found} av {total} riktige.", .en: "You found {found} of {total} right ones."],
        "quiz.your-order": [.nb: "Din rekkefølge: {answer}", .en: "Your order: {answer}"],
        "quiz.wrong": [.nb: "Ikke riktig.", .en: "Not right."],
        "quiz.right-answer": [.nb: "Riktig svar: {answer}", .en: "Right answer: {answer}"],
        "quiz.right-order": [.nb: "Riktig rekkefølge: {answer}", .en: "Right order: {answer}"],
        "quiz.picked": [.nb: "ditt valg", .en: "your choice"],
        "quiz.missed": [.nb: "riktig, men ikke valgt", .en: "right, but not chosen"],
        "quiz.explanation": [.nb: "Forklaring: {text}", .en: "Explanation: {text}"],
        "quiz.hint-where": [.nb: "Skriv 'hint' mens du svarer på et spørsmål i en quiz eller repetisjon.", .en: "Type 'hint' while answering a question in a quiz or review."],
        "quiz.navigation": [.nb: "Du er midt i et spørsmål: svar med tall, skriv 'hint' for et hint, eller 'hjem' for å ta pause.", .en: "You are in the middle of a question: answer with numbers, type 'hint' for a hint, or 'home' to pause."],
        "quiz.no-hint": [.nb: "Dette spørsmålet har ikke noe hint.", .en: "This question has no hint."],
        "quiz.hint": [.nb: "Hint: {text}", .en: "Hint: {text}"],
        "quiz.bad.number": [.nb: "Skriv et tall fra 1 til {max}.", .en: "Type a number from 1 to {max}."],
        "quiz.bad.numbers": [.nb: "Skriv ett eller flere tall fra 1 til {max}, med mellomrom.", .en: "Type one or more numbers from 1 to {max}, with spaces."],
        "quiz.bad.order": [.nb: "Skriv alle tallene fra 1 til {max} én gang hver, i den rekkefølgen du mener er riktig.", .en: "Type every number from 1 to {max} once, in the order you think is right."],
        "quiz.paused": [.nb: "Quizen er satt på pause. Svarene dine er lagret; skriv 'quiz' for å fortsette.", .en: "The quiz is paused. Your answers are saved; type 'quiz' to continue."],
        "quiz.paused.unsaved": [.nb: "Quizen er satt på pause. Svarene du fikk tilbakemelding på, er lagret; skriv 'quiz' for å fortsette.", .en: "The quiz is paused. The answers you got feedback on are saved; type 'quiz' to continue."],
        "quiz.result": [.nb: "Resultat: {correct} av {total} riktige ({percent}). Grensen for å bestå er {mark}.", .en: "Result: {correct} of {total} right ({percent}). The pass mark is {mark}."],
        "quiz.passed": [.nb: "Bestått! Les de {count} leksjonene som er igjen, så er {module} fullført.", .en: "Passed! Read the {count} lessons that are left, and {module} is complete."],
        "quiz.passed.one-left": [.nb: "Bestått! Les den siste leksjonen, så er {module} fullført.", .en: "Passed! Read the last lesson, and {module} is complete."],
        "quiz.passed.complete": [.nb: "Bestått! Du har fullført {module}.", .en: "Passed! You have completed {module}."],
        "quiz.failed": [.nb: "Ikke bestått denne gangen. Det er helt vanlig – les gjennom dette igjen og prøv på nytt med 'quiz':", .en: "Not passed this time. That is common – read these again and try again with 'quiz':"],
        "quiz.history": [.nb: "Forsøk: {attempts} · beste resultat: {best}", .en: "Attempts: {attempts} · best result: {best}"],
        "quiz.saved": [.nb: "(lagret)", .en: "(saved)"],
        "quiz.other-window": [.nb: "Dette spørsmålet var allerede besvart i et annet vindu. Det svaret gjelder:", .en: "This question was already answered in another window. That answer stands:"],
        "quiz.finished-elsewhere": [.nb: "Denne quizen ble fullført i et annet vindu, så dette svaret ble ikke lagret. Resultatet er det svarene som var lagret, gir:", .en: "This quiz was finished in another window, so this answer was not saved. The result is what the saved answers give:"],
        "quiz.not-saved": [.nb: "Svaret ditt ble ikke lagret. Svar på nytt når det er ordnet, eller skriv 'hjem' for å ta pause.", .en: "Your answer was not saved. Answer again once that is fixed, or type 'home' to pause."],

        // Review
        "review.none": [.nb: "Ingen spørsmål er klare for repetisjon nå.", .en: "No questions are due for review now."],
        "review.start": [.nb: "Repetisjon: {count} spørsmål. Svar som i quizen; 'hjem' tar pause.", .en: "Review: {count} questions. Answer as in the quiz; 'home' pauses."],
        "review.confidence": [.nb: "Hvor sikker er du på svaret? 1 usikker · 2 ganske sikker · 3 helt sikker (Enter = 2): ", .en: "How sure are you of your answer? 1 unsure · 2 fairly sure · 3 completely sure (Enter = 2): "],
        "review.confidence.expected": [.nb: "Skriv 1, 2 eller 3, eller trykk Enter for 2.", .en: "Type 1, 2 or 3, or press Enter for 2."],
        "review.done": [.nb: "Repetisjonen er ferdig: {correct} av {total} riktige.", .en: "Review finished: {correct} of {total} right."],
        "review.paused": [.nb: "Repetisjonen er satt på pause: {correct} av {total} riktige så langt.", .en: "Review paused: {correct} of {total} right so far."],
        "review.next": [.nb: "Neste repetisjon: {when}.", .en: "Next review: {when}."],
        "review.none-scheduled": [.nb: "Ingen flere repetisjoner er planlagt ennå.", .en: "No further reviews are scheduled yet."],

        // Time
        "time.now": [.nb: "nå", .en: "now"],
        "time.minutes": [.nb: "om {count} min", .en: "in {count} min"],
        "time.hours": [.nb: "om {count} timer", .en: "in {count} hours"],
        "time.tomorrow": [.nb: "i morgen", .en: "tomorrow"],
        "time.days": [.nb: "om {count} dager", .en: "in {count} days"],

        // Journal
        "journal.empty": [.nb: "Dagboken er tom. Svar på en refleksjon i en leksjon, så havner svaret her.", .en: "Your journal is empty. Answer a reflection in a lesson and it appears here."],
        "journal.header": [.nb: "Dagboken din (bare på denne maskinen). Skriv 'dagbok <nummer>' for å lese en.", .en: "Your journal (on this machine only). Type 'journal <number>' to read one."],
        "journal.no-entry": [.nb: "Det finnes ingen refleksjon nummer {number}. Du har {count}.", .en: "There is no reflection number {number}. You have {count}."],
        "journal.which": [.nb: "Skriv 'dagbok' for listen, eller 'dagbok' og et nummer fra 1 til {count}.", .en: "Type 'journal' for the list, or 'journal' and a number from 1 to {count}."],

        // Search
        "search.which": [.nb: "Hva vil du søke etter? Skriv 'søk <ord>'.", .en: "What do you want to search for? Type 'search <words>'."],
        "search.none": [.nb: "Fant ingenting for «{words}».", .en: "Nothing found for “{words}”."],
        "search.header": [.nb: "Treff for «{words}» ({count}):", .en: "Matches for “{words}” ({count}):"],
        "search.more": [.nb: "… og {count} til. Skriv flere ord for å snevre inn.", .en: "… and {count} more. Add words to narrow it down."],

        // Glossary
        "glossary.header": [.nb: "Ordlisten ({count} begreper). Skriv 'ordliste <begrep>' for å lese ett.", .en: "The glossary ({count} terms). Type 'glossary <term>' to read one."],
        "glossary.none": [.nb: "Finner ikke «{term}» i ordlisten. Prøv 'søk {term}' for å finne ordet i leksjonene.", .en: "“{term}” is not in the glossary. Try 'search {term}' to find it in the lessons."],
        "glossary.several": [.nb: "Flere begreper passer:", .en: "Several terms match:"],

        // Readiness
        "readiness.scale": [.nb: "Svar 1–5 for hvert utsagn. Enter beholder forrige svar eller hopper over; 'hjem' avslutter.", .en: "Answer 1–5 for each statement. Enter keeps your previous answer or skips; 'home' stops."],
        "readiness.prompt": [.nb: "1–5: ", .en: "1–5: "],
        "readiness.previous": [.nb: "(forrige svar: {rating})", .en: "(previous answer: {rating})"],
        "readiness.bad": [.nb: "Skriv et tall fra 1 til 5, eller trykk Enter.", .en: "Type a number from 1 to 5, or press Enter."],
        "readiness.start-with": [.nb: "Forslag til hvor du kan begynne:", .en: "Suggestions for where to start:"],
        "readiness.locked-first": [.nb: "Låst til du har fullført {modules}. Begynn der, så åpnes denne.", .en: "Locked until you complete {modules}. Start there, and this one opens."],
        "readiness.partial": [.nb: "Ut fra det du har svart så langt:", .en: "From what you have answered so far:"],
        "readiness.saved": [.nb: "Svarene er lagret bare på denne maskinen.", .en: "Your answers are kept only on this machine."],

        // Assignments
        "assignments.none": [.nb: "Du har ingen oppgaver fra en kursleder. En kursleder kan gi deg en fil. Gå ut med 'avslutt' og skriv 'erfaring assignment import FIL' for å hente den inn.", .en: "You have no assignments from a facilitator. A facilitator can give you a file: leave with 'quit' and type 'erfaring assignment import FILE' to bring it in."],
        "assignments.header": [.nb: "Oppgaver fra {cohort}:", .en: "Assignments from {cohort}:"],
        "assignments.contact": [.nb: "Kontakt: {contact}", .en: "Contact: {contact}"],

        // Export
        "export.shell": [.nb: "Eksport gjøres fra kommandolinjen: gå ut med 'avslutt' og skriv 'erfaring export --format json --out fil.json'. Refleksjoner og selvtest tas bare med hvis du legger til --include-private.", .en: "Export runs from the command line: leave with 'quit' and type 'erfaring export --format json --out file.json'. Reflections and self-assessment are included only if you add --include-private."],

        // Language
        "lang.which": [.nb: "Skriv 'språk nb' for norsk eller 'språk en' for English.", .en: "Type 'lang nb' for Norwegian or 'lang en' for English."],
        "lang.changed": [.nb: "Språket er nå norsk (bokmål).", .en: "The language is now English."],

        // Errors and help
        "error.unknown": [.nb: "Ukjent kommando: '{command}'.", .en: "Unknown command: '{command}'."],
        "error.did-you-mean": [.nb: "Mente du '{command}'?", .en: "Did you mean '{command}'?"],
        "error.see-help": [.nb: "Skriv 'hjelp' for å se kommandoene.", .en: "Type 'help' to see the commands."],
        "error.arguments": [.nb: "'{command}' tar ikke imot «{arguments}».", .en: "'{command}' does not take “{arguments}”."],
        "error.usage": [.nb: "Bruk: {usage}", .en: "Usage: {usage}"],
        "error.store": [.nb: "Kunne ikke lagre: {detail}", .en: "Could not save: {detail}"],
        "helplines.header": [.nb: "Hjelp nå – nødnumre og hjelpetelefoner", .en: "Help now – emergency and help numbers"],
        "helplines.after": [.nb: "Kurset venter til du kommer tilbake. Alt er lagret.", .en: "The course waits until you come back. Everything is saved."],
        "help.header": [.nb: "Kommandoer (norske og engelske navn virker begge):", .en: "Commands (Norwegian and English names both work):"],
        "help.more": [.nb: "Skriv 'hjelp <kommando>' for mer om én kommando. Ctrl-C avbryter et steg, Ctrl-D avslutter.", .en: "Type 'help <command>' for more about one. Ctrl-C stops a step, Ctrl-D leaves."],
        "help.summary": [.nb: "Kompetanseoversikt til en jobbsøknad: kjør 'erfaring summary --out kompetanse.html' i terminalen (utenfor kurset), og skriv den ut.", .en: "A competence statement for a job application: run 'erfaring summary --out competence.html' in the terminal (outside the course), and print it."],
        "summary.offer": [.nb: "Det du har vist, kan du vise en arbeidsgiver: kjør 'erfaring summary --out kompetanse.html' i terminalen for en kompetanseoversikt.", .en: "You can show an employer what you have shown: run 'erfaring summary --out competence.html' in the terminal for a competence statement."],
        "help.unknown": [.nb: "Det finnes ingen kommando '{command}'. Skriv 'hjelp' for alle kommandoene.", .en: "There is no command '{command}'. Type 'help' for a list of commands."],
        "bye": [.nb: "Ha det! Alt er lagret.", .en: "Goodbye! Everything is saved."],
        "bye.unsaved": [.nb: "Ha det! Merk: noe av det du gjorde, ble ikke lagret (se meldingene over).", .en: "Goodbye! Note: some of what you did was not saved (see the messages above)."],
        "interrupted": [.nb: "Avbrutt. Alt du har svart, er lagret.", .en: "Stopped. Everything you answered is saved."],
        "interrupted.unsaved": [.nb: "Avbrutt. Merk: noe ble ikke lagret (se meldingene over).", .en: "Stopped. Note: something was not saved (see the messages above)."],

        // Learner commands on the command line, in the profile's language
        "cli.imported": [.nb: "Hentet inn «{cohort}»: {count} moduler for {name}.", .en: "Imported “{cohort}”: {count} modules for {name}."],
        "cli.imported.one": [.nb: "Hentet inn «{cohort}»: {count} modul for {name}.", .en: "Imported “{cohort}”: {count} module for {name}."],
        "cli.no-assignments": [.nb: "Ingen oppgaver.", .en: "No assignments."],
        "cli.flag.completed": [.nb: "fullført", .en: "completed"],
        "cli.flag.overdue": [.nb: "FORSINKET", .en: "OVERDUE"],
        "cli.flag.open": [.nb: "åpen", .en: "open"],
        "cli.contact": [.nb: "Kontakt: {contact}", .en: "Contact: {contact}"],
        "cli.summary-written": [.nb: "Skrev «{file}»: {count} fullførte moduler.", .en: "Wrote “{file}”: {count} completed modules."],
        "cli.summary-written.one": [.nb: "Skrev «{file}»: {count} fullført modul.", .en: "Wrote “{file}”: {count} completed module."],
        "cli.written": [.nb: "Skrev «{file}».", .en: "Wrote “{file}”."],
    ].merging(Catalog.practiceEntries) { current, _ in current }
}
