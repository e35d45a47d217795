import ArgumentParser
import ErfaringKit
import Foundation

/// `erfaring modules`: the course's modules in order.
struct Modules: ContextCommand {
    static let configuration = CommandConfiguration(abstract: "List the course's modules.")

    @Option(help: "Language: nb or en.")
    var lang: Language = .nb

    @Option(help: "Output format: text or json.")
    var format: OutputFormat = .text

    @OptionGroup var options: CurriculumOptions

    func run(_ context: CommandContext) throws {
        let curriculum = try options.load(context)
        switch format {
        case .json:
            struct Entry: Encodable {
                var id: String, title: String, summary: String, minutes: Int
                var lessons: Int, questions: Int, prerequisites: [String]
            }
            let entries = curriculum.modules.map { module in
                Entry(id: module.id.value, title: module.title[lang], summary: Prose.flattened(module.summary[lang]),
                      minutes: ModuleDuration(module: module, quiz: curriculum.quiz(for: module.id.value),
                                              language: lang).minutes, lessons: module.lessons.count,
                      questions: curriculum.quiz(for: module.id.value)?.questions.count ?? 0,
                      prerequisites: module.prerequisites.map(\.value))
            }
            context.write(try prettyJSON(entries))
        case .text:
            context.write(curriculum.course.title[lang])
            context.write("")
            for (index, module) in curriculum.modules.enumerated() {
                let lessons = module.lessons.count
                let questions = curriculum.quiz(for: module.id.value)?.questions.count ?? 0
                let minutes = ModuleDuration(module: module, quiz: curriculum.quiz(for: module.id.value), language: lang).minutes
                let counts = lang == .nb
                    ? "\(lessons) leksjoner, \(questions) spørsmål, ca. \(minutes) min"
                    : "\(lessons) lessons, \(questions) questions, about \(minutes) min"
                context.write("\(index + 1). \(module.title[lang]) (\(module.id.value))")
                for line in TextWrapper(width: 80).wrap(Prose.flattened(module.summary[lang]), first: "   ", rest: "   ") {
                    context.write(line)
                }
                context.write("   \(counts)")
                if !module.prerequisites.isEmpty {
                    let titles = module.prerequisites.map { curriculum.module($0.value)?.title[lang] ?? $0.value }
                    context.write("   " + (lang == .nb ? "Bygger på: " : "Builds on: ") + titles.joined(separator: ", "))
                }
            }
        }
    }
}
