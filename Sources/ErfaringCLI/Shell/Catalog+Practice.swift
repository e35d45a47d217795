import ErfaringKit

/// The texts of practice conversations (`øv` / `practice`), merged into ``Catalog/entries``.
extension Catalog {
    static let practiceEntries: [String: [Language: String]] = [
        "state.practice-pending": [.nb: "quiz bestått – en øvingssamtale gjenstår", .en: "quiz passed – a practice conversation to go"],
    ]
}
