// `make bench`: release-build benchmarks that print figures and ratios.
//
//   erfaring-bench [load|lint|progress|report]...   (default: all)

import ErfaringCLI
import Foundation

// The lint benchmark runs `erfaring lint` in a child process of this program, one per case.
if CommandLine.arguments.dropFirst().first == "lint-child" {
    ErfaringCommand.runMain(Array(CommandLine.arguments.dropFirst(2)))
}

let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
let selected = Set(CommandLine.arguments.dropFirst())
var ok = true
if selected.isEmpty || selected.contains("load") {
    ok = LoadBenchmark.run(moduleCount: 350) && ok
    print()
}
if selected.isEmpty || selected.contains("lint") {
    ok = LintBenchmark.run() && ok
    print()
}
if selected.isEmpty || selected.contains("progress") {
    do {
        ok = try StoreBenchmark.run(repository: repository) && ok
    } catch {
        print("error: \(error)")
        ok = false
    }
}
if selected.isEmpty || selected.contains("report") {
    print()
    do {
        ok = try ReportBenchmark.run(repository: repository) && ok
    } catch {
        print("error: \(error)")
        ok = false
    }
}
exit(ok ? 0 : 1)
