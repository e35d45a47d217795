import ArgumentParser

/// The shell's command grammar, parsed with the same library as the command line (`parseAsRoot`),
/// so argument errors read the same in both places. `help` is handled by the shell itself.
struct ShellGrammar: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "erfaring-shell",
        subcommands: [
            Home.self, Modules.self, Next.self, Back.self, Where.self, Hint.self, Review.self, Readiness.self,
            Progress.self, Assignments.self, Export.self, Quit.self, Open.self, Quiz.self, Practice.self, Journal.self,
            Search.self, Glossary.self, Lang.self, Crisis.self, Profile.self,
        ])

    struct Home: ParsableCommand { static let configuration = CommandConfiguration(commandName: "home") }
    struct Modules: ParsableCommand { static let configuration = CommandConfiguration(commandName: "modules") }
    struct Next: ParsableCommand { static let configuration = CommandConfiguration(commandName: "next") }
    struct Back: ParsableCommand { static let configuration = CommandConfiguration(commandName: "back") }
    struct Where: ParsableCommand { static let configuration = CommandConfiguration(commandName: "where") }
    struct Hint: ParsableCommand { static let configuration = CommandConfiguration(commandName: "hint") }
    struct Review: ParsableCommand { static let configuration = CommandConfiguration(commandName: "review") }
    struct Readiness: ParsableCommand { static let configuration = CommandConfiguration(commandName: "readiness") }
    struct Progress: ParsableCommand { static let configuration = CommandConfiguration(commandName: "progress") }
    struct Assignments: ParsableCommand { static let configuration = CommandConfiguration(commandName: "assignments") }
    struct Export: ParsableCommand { static let configuration = CommandConfiguration(commandName: "export") }
    struct Quit: ParsableCommand { static let configuration = CommandConfiguration(commandName: "quit") }
    struct Crisis: ParsableCommand { static let configuration = CommandConfiguration(commandName: "crisis") }

    struct Open: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "open")
        @Argument(parsing: .allUnrecognized) var words: [String] = []
    }

    struct Quiz: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "quiz")
        @Argument(parsing: .allUnrecognized) var words: [String] = []
    }

    struct Practice: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "practice")
        @Argument(parsing: .allUnrecognized) var words: [String] = []
    }

    struct Journal: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "journal")
        @Argument(parsing: .allUnrecognized) var words: [String] = []
    }

    struct Search: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "search")
        @Argument(parsing: .allUnrecognized) var words: [String] = []
    }

    struct Glossary: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "glossary")
        @Argument(parsing: .allUnrecognized) var words: [String] = []
    }

    struct Lang: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "lang")
        @Argument var language: String?
    }

    struct Profile: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "profile")
        @Argument(parsing: .allUnrecognized) var words: [String] = []
    }
}
