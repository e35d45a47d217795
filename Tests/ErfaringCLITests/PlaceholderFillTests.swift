@testable import ErfaringCLI
import ErfaringKit
import Testing

/// Placeholders are filled in one pass over the template, so a value is never read as a placeholder.
@Suite("Filling catalog placeholders")
struct PlaceholderFillTests {
    private static func occurrences(of needle: String, in text: String) -> Int {
        text.components(separatedBy: needle).count - 1
    }

    @Test("a value holding '{command}' stays literal, whatever order the values come in")
    func valueIsNotRescanned() {
        let template = "'{command}' tar ikke imot «{arguments}»."
        var orders: Set<[CatalogKey.Placeholder]> = []
        for capacity in 0..<100 {
            // The capacity changes the dictionary's iteration order, the order the old fill depended on.
            var values: Strings.Values = [:]
            values.reserveCapacity(capacity)
            values[.arguments] = "{command}"
            values[.command] = "hjem"
            orders.insert(Array(values.keys))
            #expect(Strings.fill(template, with: values) == "'hjem' tar ikke imot «{command}».")
        }
        #expect(orders.count > 1, "the values were seen in one order only: \(orders)")
    }

    @Test("every catalog text, its placeholders given values that name another placeholder, shows each value whole",
          arguments: CatalogKey.allCases)
    func everyKey(_ key: CatalogKey) {
        for language in Language.allCases {
            let template = Catalog.text(for: key)[language]
            var values: Strings.Values = [:]
            // Each value names the next placeholder, the way a learner could type it.
            let names = CatalogKey.Placeholder.allCases
            for (index, name) in names.enumerated() {
                values[name] = "<\(name.rawValue):{\(names[(index + 1) % names.count].rawValue)}>"
            }
            let filled = Strings.fill(template, with: values)
            var expectedLength = template.count
            for name in CatalogKey.Placeholder.allCases {
                let slots = Self.occurrences(of: "{\(name.rawValue)}", in: template)
                let value = values[name] ?? ""
                #expect(Self.occurrences(of: value, in: filled) == slots, "'\(key)' \(language.rawValue): \(name)")
                expectedLength += slots * (value.count - name.rawValue.count - 2)
            }
            #expect(filled.count == expectedLength, "'\(key)' \(language.rawValue): \(filled)")
        }
    }

    @Test("a placeholder without a value, an unknown name and stray braces stay as written")
    func leftAlone() {
        #expect(Strings.fill("Hei, {name}!", with: [:]) == "Hei, {name}!")
        #expect(Strings.fill("{nobody} og {name}", with: [.name: "Kari"]) == "{nobody} og Kari")
        #expect(Strings.fill("{ {name}} {", with: [.name: "Kari"]) == "{ Kari} {")
        #expect(Strings.fill("{count}{count}", with: [.count: "{count}"]) == "{count}{count}")
        #expect(Strings.fill("", with: [.name: "Kari"]) == "")
    }
}
