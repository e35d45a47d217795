import ErfaringKit

/// The texts of practice conversations (`øv` / `practice`), merged into ``Catalog/entries``.
extension Catalog {
    static let practiceEntries: [String: [Language: String]] = [
        "state.practice-pending": [.nb: "quiz bestått – en øvingssamtale gjenstår", .en: "quiz passed – a practice conversation to go"],

        "practice.none": [.nb: "{module} har ingen øvingssamtaler.", .en: "{module} has no practice conversations."],
        "practice.none-at-all": [.nb: "Kurset har ingen øvingssamtaler.", .en: "The course has no practice conversations."],
        "practice.header": [.nb: "Øvingssamtaler (slutter du har funnet, av alle):", .en: "Practice conversations (endings you have found, of all):"],
        "practice.header.module": [.nb: "Øvingssamtaler i {module} (slutter du har funnet, av alle):", .en: "Practice conversations in {module} (endings you have found, of all):"],
        "practice.entry": [.nb: "{title} – {module} ({reached} av {total})", .en: "{title} – {module} ({reached} of {total})"],
        "practice.entry.module": [.nb: "{title} ({reached} av {total})", .en: "{title} ({reached} of {total})"],
        "practice.entry.locked": [.nb: "låst", .en: "locked"],
        "practice.pick": [.nb: "Velg en samtale (1–{max}, Enter for å la være): ", .en: "Pick a conversation (1–{max}, Enter to leave it): "],
        "practice.pick.again": [.nb: "Skriv et tall fra 1 til {max}, eller trykk Enter for å la være.", .en: "Type a number from 1 to {max}, or press Enter to leave it."],
        "practice.modules-line": [.nb: "Øv: {title} ({reached} av {total} slutter funnet, {command})", .en: "Practise: {title} ({reached} of {total} endings found, {command})"],

        "practice.content-note.choice": [.nb: "Trykk Enter for å begynne samtalen, eller skriv 'hjem' for å vente med den.", .en: "Press Enter to start the conversation, or type 'home' to leave it for later."],
        "practice.content-note.later": [.nb: "Greit. Samtalen venter; skriv '{command}' når du vil.", .en: "All right. The conversation will wait; type '{command}' when you like."],
        "practice.content-note.prompt": [.nb: "Enter: begynn · 'hjem': vent: ", .en: "Enter: begin · 'home': later: "],
        "practice.title": [.nb: "Øvingssamtale: {title}", .en: "Practice conversation: {title}"],
        "practice.resume": [.nb: "Du fortsetter der du slapp, etter {count} valg.", .en: "You go on where you left off, after {count} choices."],
        "practice.resume.one": [.nb: "Du fortsetter der du slapp, etter {count} valg.", .en: "You go on where you left off, after {count} choice."],
        "practice.how": [.nb: "Skriv nummeret på det du vil si eller gjøre ('hjem' tar pause).", .en: "Type the number of what you want to say or do ('home' pauses)."],
        "practice.prompt": [.nb: "Ditt valg: ", .en: "Your choice: "],
        "practice.bad-number": [.nb: "Skriv et tall fra 1 til {max}, eller 'hjem' for å ta pause.", .en: "Type a number from 1 to {max}, or 'home' to pause."],
        "practice.chosen": [.nb: "Du valgte {number}.", .en: "You chose {number}."],
        "practice.feedback": [.nb: "Tilbakemelding: {text}", .en: "Feedback: {text}"],
        "practice.note": [.nb: "Hva valget koster eller gir: {text}", .en: "What the choice costs or wins: {text}"],
        "practice.next-prompt": [.nb: "Enter: videre · 'hjem' tar pause: ", .en: "Enter: go on · 'home' pauses: "],
        "practice.paused": [.nb: "Samtalen er satt på pause her. Skriv '{command}' for å fortsette der du slapp.", .en: "The conversation is paused here. Type '{command}' to go on where you left off."],
        "practice.not-saved": [.nb: "Valget ble ikke lagret. Velg på nytt når det er ordnet, eller skriv 'hjem'.", .en: "Your choice was not saved. Choose again when it is sorted out, or type 'home'."],
        "practice.moved-on": [.nb: "Samtalen kom videre i et annet vindu; du fortsetter der.", .en: "The conversation moved on in another window; you go on from there."],
        "practice.ending": [.nb: "Slutt: {title} – {kind}", .en: "Ending: {title} – {kind}"],
        "practice.kind.skill": [.nb: "Godt håndtert", .en: "Handled well"],
        "practice.kind.mixed": [.nb: "Delvis", .en: "Partly"],
        "practice.kind.mistake": [.nb: "En vanlig feil", .en: "A common mistake"],
        "practice.path": [.nb: "Veien du valgte:", .en: "The path you took:"],
        "practice.lesson": [.nb: "Les mer: «{lesson}» ({command})", .en: "Read more: “{lesson}” ({command})"],
        "practice.reached": [.nb: "Slutter du har funnet i denne samtalen: {reached} av {total}.", .en: "Endings you have found in this conversation: {reached} of {total}."],
        "practice.again": [.nb: "Spille igjen for å finne en annen slutt? (ja/nei): ", .en: "Play again to find another ending? (yes/no): "],
    ]
}
