@testable import ErfaringCLI
import Testing

@Suite("Export formats and their options")
struct ExportFormatTests {
    /// The options each format takes, as the options' help texts describe them.
    static let takes: [String: Set<String>] = [
        "json": ["--include-private", "--include-name"],
        "csv": ["--include-name", "--semicolon"],
        "xapi": ["--lines"],
    ]
    static let flags = ["--include-private", "--include-name", "--semicolon", "--lines"]

    @Test("every format is described here, and takes exactly its own options")
    func formatsTakeTheirOptions() {
        #expect(Set(ExportCommand.Format.allCases.map(\.rawValue)) == Set(Self.takes.keys))
        for format in ExportCommand.Format.allCases {
            for flag in Self.flags {
                let parsed = Result { try ExportCommand.parse(["--format", format.rawValue, flag]) }
                let accepted = (try? parsed.get()) != nil
                #expect(accepted == Self.takes[format.rawValue]?.contains(flag), "\(format.rawValue) \(flag)")
            }
        }
    }

    @Test("a report takes --semicolon with csv only")
    func reportSemicolon() {
        for format in FacilitatorCommand.Report.Format.allCases {
            let parsed = Result { try FacilitatorCommand.Report.parse(["f.json", "--format", format.rawValue, "--semicolon"]) }
            #expect(((try? parsed.get()) != nil) == (format == .csv), "\(format.rawValue)")
        }
    }
}
