import ErfaringKit

/// The shell's commands with their English and Norwegian names, usage and help, both languages.
enum ShellCommandID: String, CaseIterable {
    case home, modules, open, next, back, `where`, quiz, practice, hint, review, journal, readiness, search, glossary
    case progress, assignments, export, lang, profile, help, crisis, quit

    /// The Norwegian name; the English name is the raw value.
    var norwegian: String {
        switch self {
        case .home: return "hjem"
        case .modules: return "moduler"
        case .open: return "åpne"
        case .next: return "neste"
        case .back: return "tilbake"
        case .where: return "hvor"
        case .quiz: return "quiz"
        case .practice: return "øv"
        case .hint: return "hint"
        case .review: return "repeter"
        case .journal: return "dagbok"
        case .readiness: return "selvtest"
        case .search: return "søk"
        case .glossary: return "ordliste"
        case .progress: return "fremgang"
        case .assignments: return "oppgaver"
        case .export: return "eksport"
        case .lang: return "språk"
        case .profile: return "profil"
        case .help: return "hjelp"
        case .crisis: return "krise"
        case .quit: return "avslutt"
        }
    }

    /// Other accepted spellings.
    var aliases: [String] {
        switch self {
        case .open: return ["apne", "aapne"]
        case .search: return ["sok", "soek"]
        case .quit: return ["exit", "q"]
        case .help: return ["?"]
        case .review: return ["repetisjon"]
        case .readiness: return ["klar"]
        case .progress: return ["framgang", "fremdrift"]
        case .hint: return ["tips"]
        case .crisis: return ["akutt", "sos"]
        case .practice: return ["ov", "oev", "øve"]
        case .home, .modules, .next, .back, .where, .quiz, .journal, .glossary, .assignments, .export, .lang, .profile:
            return []
        }
    }

    func name(in language: Language) -> String { language == .nb ? norwegian : rawValue }

    static func find(_ word: String) -> ShellCommandID? {
        let lowered = word.lowercased()
        return allCases.first { $0.rawValue == lowered || $0.norwegian == lowered || $0.aliases.contains(lowered) }
    }

    static var allNames: [String] {
        allCases.flatMap { [$0.rawValue, $0.norwegian] }.reduce(into: []) { names, name in
            if !names.contains(name) { names.append(name) }
        }
    }

    /// Arguments, as shown in help: `<module>`, `[term]`.
    var arguments: [Language: String] {
        switch self {
        case .open: return [.nb: "<modul> [leksjon]", .en: "<module> [lesson]"]
        case .quiz: return [.nb: "[modul]", .en: "[module]"]
        case .practice: return [.nb: "[modul]", .en: "[module]"]
        case .journal: return [.nb: "[nummer]", .en: "[number]"]
        case .search: return [.nb: "<ord>", .en: "<words>"]
        case .glossary: return [.nb: "[begrep]", .en: "[term]"]
        case .lang: return [.nb: "nb|en", .en: "nb|en"]
        case .profile: return [.nb: "[navn]", .en: "[name]"]
        case .help: return [.nb: "[kommando]", .en: "[command]"]
        case .home, .modules, .next, .back, .where, .hint, .review, .readiness, .progress, .assignments,
             .export, .crisis, .quit:
            return [.nb: "", .en: ""]
        }
    }

    func usage(in language: Language) -> String {
        let arguments = self.arguments[language] ?? ""
        return arguments.isEmpty ? name(in: language) : "\(name(in: language)) \(arguments)"
    }

    var summary: [Language: String] {
        switch self {
        case .home: return [.nb: "startsiden: fremgang, oppgaver og hva som er neste", .en: "the home screen: progress, assignments and what is next"]
        case .modules: return [.nb: "alle modulene med innhold og status", .en: "every module with its contents and state"]
        case .open: return [.nb: "åpne en modul og les der du slapp", .en: "open a module and read from where you left off"]
        case .next: return [.nb: "neste del av leksjonen (samme som Enter)", .en: "the next part of the lesson (same as Enter)"]
        case .back: return [.nb: "forrige del av leksjonen", .en: "the previous part of the lesson"]
        case .where: return [.nb: "hvor du er i modulen", .en: "where you are in the module"]
        case .quiz: return [.nb: "ta quizen i modulen (fortsetter en påbegynt quiz)", .en: "take the module's quiz (resumes an unfinished one)"]
        case .practice: return [.nb: "øv på en samtale fra jobben: velg hva du sier, og få tilbakemelding", .en: "practise a conversation from the job: choose what to say, get feedback"]
        case .hint: return [.nb: "et hint til spørsmålet du svarer på", .en: "a hint for the question you are answering"]
        case .review: return [.nb: "repeter spørsmålene du er i ferd med å glemme", .en: "review the questions you are about to forget"]
        case .journal: return [.nb: "les refleksjonene dine (bare på denne maskinen)", .en: "read your reflections (on this machine only)"]
        case .readiness: return [.nb: "«Passer jeg til å bli erfaringskonsulent?» – forslag til hvor du kan begynne", .en: "“Is peer work right for me?” – suggestions for where to start"]
        case .search: return [.nb: "søk i alle leksjonene, på norsk og engelsk", .en: "search every lesson, in Norwegian and English"]
        case .glossary: return [.nb: "ordlisten, eller ett begrep", .en: "the glossary, or one term"]
        case .progress: return [.nb: "fremgangen din i hver modul", .en: "your progress in each module"]
        case .assignments: return [.nb: "oppgaver og frister fra kursleder", .en: "assignments and due dates from your facilitator"]
        case .export: return [.nb: "hvordan du eksporterer fremgangen din", .en: "how to export your progress"]
        case .lang: return [.nb: "bytt språk: nb (norsk) eller en (English)", .en: "change language: nb (Norwegian) or en (English)"]
        case .profile: return [.nb: "vis profilene, eller bytt profil", .en: "list the profiles, or switch profile"]
        case .help: return [.nb: "denne hjelpen, eller mer om én kommando", .en: "this help, or more about one command"]
        case .crisis: return [.nb: "nødnumre og hjelpetelefoner, når det haster (også 'hjelp nå')", .en: "emergency and help numbers, when it is urgent (also 'help now')"]
        case .quit: return [.nb: "avslutt (alt er lagret)", .en: "leave (everything is saved)"]
        }
    }

    /// More about the command for `help <command>`: what it does, with examples.
    var details: [Language: String] {
        switch self {
        case .home: return [
            .nb: "Viser modulene med fremgang, oppgaver med frist, hvor mange spørsmål som er klare til repetisjon, og hva som er neste. Trykk Enter på startsiden for å fortsette der du slapp.",
            .en: "Shows the modules with your progress, assignments with due dates, how many questions are due for review, and what comes next. Press Enter at home to go on where you left off."]
        case .modules: return [
            .nb: "Lister alle modulene med nummer, antall leksjoner, omtrentlig tid og status. En låst modul sier hvilken modul du må fullføre først.",
            .en: "Lists every module with its number, lessons, rough time and state. A locked module says which module to complete first."]
        case .open: return [
            .nb: "Åpner en modul der du slapp. Skriv nummeret fra listen, id-en eller tittelen: 'åpne 2', 'åpne saying-no'. Med et tall til åpnes en bestemt leksjon: 'åpne 2 3' er tredje leksjon i modul 2. På startsiden holder det å skrive nummeret. En fullført modul leses fra starten igjen.",
            .en: "Opens a module where you left off. Type its number from the list, its id or its title: 'open 2', 'open saying-no'. A second number opens one lesson: 'open 2 3' is the third lesson of module 2. At home the number alone is enough. A completed module is read again from the start."]
        case .next: return [
            .nb: "Går til neste del av leksjonen mens du leser. Enter gjør det samme.",
            .en: "Goes to the next part of the lesson while you read. Enter does the same."]
        case .back: return [
            .nb: "Går tilbake til forrige del mens du leser, også til forrige leksjon.",
            .en: "Goes back to the previous part while you read, into the previous lesson too."]
        case .where: return [
            .nb: "Sier hvilken modul, leksjon og del du er i mens du leser.",
            .en: "Says which module, lesson and part you are in while you read."]
        case .quiz: return [
            .nb: "Starter quizen i en modul, eller fortsetter en quiz du har satt på pause: 'quiz 1', 'quiz saying-no'. Uten modul brukes den du sist arbeidet med. Svar med tallene foran svaralternativene; Ctrl-C setter quizen på pause, og svarene er lagret.",
            .en: "Starts a module's quiz, or resumes one you paused: 'quiz 1', 'quiz saying-no'. Without a module, the one you worked on last is used. Answer with the numbers in front of the choices; Ctrl-C pauses the quiz, and your answers are saved."]
        case .practice: return [
            .nb: "Øvingssamtaler: noen sier noe, og du velger hva du svarer ved å skrive nummeret. Etter hvert valg får du tilbakemelding, og til slutt en oppsummering med veien du valgte og leksjonen du kan lese. 'øv' alene viser samtalene i modulen du leser, ellers alle; 'øv 2' dem i modul 2. 'hjem' tar pause, og du fortsetter der du slapp. Spill igjen for å finne andre slutter.",
            .en: "Practice conversations: someone speaks, and you choose what to answer by typing its number. After each choice you get feedback, and at the end a debrief with the path you took and the lesson to read. 'practice' alone lists the conversations of the module you are reading, else all; 'practice 2' those of module 2. 'home' pauses, and you go on where you left off. Play again to find other endings."]
        case .hint: return [
            .nb: "Gir et hint mens du svarer på et spørsmål, uten at det teller mot deg.",
            .en: "Gives a hint while you answer a question, without counting against you."]
        case .review: return [
            .nb: "Spørsmål du har svart på, kommer tilbake når du er i ferd med å glemme dem; de du svarte feil på, kommer raskere. Etter hvert svar sier du hvor sikker du var (1–3), og til slutt får du vite når neste repetisjon er.",
            .en: "Questions you have answered come back when you are about to forget them; the ones you got wrong come sooner. After each answer you say how sure you were (1–3), and at the end you learn when the next review is."]
        case .journal: return [
            .nb: "Lister refleksjonene du har skrevet; 'dagbok 2' leser nummer 2. Dagboken blir på denne maskinen og følger bare med i en eksport hvis du selv ber om det.",
            .en: "Lists the reflections you have written; 'journal 2' reads number 2. The journal stays on this machine and goes into an export only if you ask for it."]
        case .readiness: return [
            .nb: "Utsagn om deg selv og arbeidet, som du svarer på fra 1 til 5. Svarene gir forslag til hvilken modul du kan begynne med. Det er ingen vurdering av om du passer til jobben, og svarene blir på denne maskinen.",
            .en: "Statements about yourself and the work, each answered from 1 to 5. Your answers suggest which module to start with. It never judges whether you are fit for the job, and your answers stay on this machine."]
        case .search: return [
            .nb: "Søker i alle leksjonene på begge språk og viser modul, leksjon og et utdrag med treffet markert: 'søk taushetsplikt'. Åpne modulen med 'åpne' og nummeret for å lese.",
            .en: "Searches every lesson in both languages and shows the module, lesson and a snippet with the match marked: 'search confidentiality'. Open the module with 'open' and its number to read."]
        case .glossary: return [
            .nb: "Uten ord: alle begrepene. Med et ord: forklaringen og modulene der begrepet brukes: 'ordliste recovery'. Tab fullfører begrepene.",
            .en: "Without a word: every term. With a word: its definition and the modules that use it: 'glossary recovery'. Tab completes terms."]
        case .progress: return [
            .nb: "Viser status i hver modul, beste quizresultat og hvor mange spørsmål som er klare til repetisjon.",
            .en: "Shows the state of each module, your best quiz score and how many questions are due for review."]
        case .assignments: return [
            .nb: "Viser moduler en kursleder har gitt deg, med frister og om de er fullført. Oppgaver hentes inn fra en fil med 'erfaring assignment import FIL' utenfor kurset.",
            .en: "Shows modules a facilitator has assigned you, with due dates and whether they are done. Assignments are brought in from a file with 'erfaring assignment import FILE' outside the course."]
        case .export: return [
            .nb: "Forklarer hvordan du lager en fil med fremgangen din til en kursleder. Eksporten kjøres utenfor kurset, og refleksjoner og selvtest tas bare med hvis du ber om det.",
            .en: "Explains how to make a file of your progress for a facilitator. The export runs outside the course, and reflections and self-assessment are included only if you ask for them."]
        case .lang: return [
            .nb: "Bytter språket i kurset: 'språk en' for engelsk, 'språk nb' for norsk. Valget huskes til neste gang.",
            .en: "Changes the course language: 'lang nb' for Norwegian, 'lang en' for English. The choice is kept for next time."]
        case .profile: return [
            .nb: "Uten navn: profilene på denne maskinen, og hvilken som er i bruk. Med et navn: bytter til den profilen, med dens fremgang, språk og kommandohistorikk: 'profil Kari'. Store og små bokstaver og aksenter spiller ingen rolle. Har to profiler samme navn, velger du med id-en fra listen.",
            .en: "Without a name: the profiles on this machine, and which one is in use. With a name: switches to that profile, with its progress, language and command history: 'profile Kari'. Case and accents do not matter. When two profiles share a name, choose by the id from the list."]
        case .help: return [
            .nb: "Lister kommandoene; 'hjelp quiz' forteller mer om én. Alle kommandoene har et norsk og et engelsk navn.",
            .en: "Lists the commands; 'help quiz' tells more about one. Every command has a Norwegian and an English name."]
        case .crisis: return [
            .nb: "Viser nødnumre og hjelpetelefoner: hvem som svarer, og når du ringer. Virker fra alle spørsmål i kurset, også midt i en leksjon, en quiz eller en refleksjon; 'hjelp nå' gjør det samme. Du kommer tilbake dit du var.",
            .en: "Shows emergency and help numbers: who answers, and when to call. Works at every prompt of the course, also in the middle of a lesson, a quiz or a reflection; 'help now' does the same. You come back to where you were."]
        case .quit: return [
            .nb: "Går ut av kurset. Alt du har gjort, er allerede lagret. Ctrl-D gjør det samme.",
            .en: "Leaves the course. Everything you have done is already saved. Ctrl-D does the same."]
        }
    }
}
