import ErfaringKit
import Testing

@Suite struct ProfileNameTests {
    @Test func caseAndNorwegianCapitalsMatch() {
        #expect(ProfileName.matches("bjørn ærlig", "Bjørn Ærlig"))
        #expect(ProfileName.matches("ÅSE", "åse"))
        #expect(ProfileName.matches("kari nordmann", "Kari Nordmann"))
    }

    @Test func accentsAndSpacesDoNotCount() {
        #expect(ProfileName.matches("Andre", "André"))
        #expect(ProfileName.matches("  Kari   Nordmann ", "Kari Nordmann"))
        #expect(ProfileName.matches("Muller", "Müller"))
    }

    @Test func norwegianLettersStayLetters() {
        #expect(!ProfileName.matches("Ase", "Åse"))
        #expect(!ProfileName.matches("Bjorn", "Bjørn"))
        #expect(!ProfileName.matches("Aerlig", "Ærlig"))
        // `å` typed as `a` with a combining ring is still `å`, not `a`.
        #expect(ProfileName.matches("A\u{030A}se", "Åse"))
        #expect(!ProfileName.matches("A\u{030A}se", "Ase"))
    }

    @Test func differentNamesDiffer() {
        #expect(!ProfileName.matches("Kari", "Kari Nordmann"))
        #expect(!ProfileName.matches("Kari Nordman", "Kari Nordmann"))
    }
}
