@testable import ErfaringCLI
import Foundation
import Testing

/// Typed input is trimmed of spaces and tabs by a function of its own name, and Foundation's
/// `trimmingCharacters(in:)` means what Foundation says, even where the CLI's internals are
/// visible.
@Suite("trimming typed input")
struct TypedInputTrimmingTests {
    @Test("trimmingSpacesAndTabs trims spaces and tabs at both ends, and nothing else")
    func spacesAndTabs() {
        #expect(" \t ja \t ".trimmingSpacesAndTabs() == "ja")
        #expect("  1 3  ".trimmingSpacesAndTabs() == "1 3")
        #expect("\u{00A0}ja\n".trimmingSpacesAndTabs() == "\u{00A0}ja\n")
        #expect(" \t ".trimmingSpacesAndTabs() == "")
    }

    @Test("Foundation's trimmingCharacters(in: .whitespaces) is not shadowed by the CLI")
    func foundationNotShadowed() {
        // CharacterSet.whitespaces holds the no-break space; a shadowing extension over a set
        // of spaces and tabs kept it.
        #expect("\u{00A0}ja\u{00A0}".trimmingCharacters(in: .whitespaces) == "ja")
    }
}
