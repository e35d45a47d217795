// `make bench`: release-build benchmarks that print figures and ratios.
//
//   erfaring-bench [load|progress|report]...   (default: all)

import Foundation

let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
let selected = Set(CommandLine.arguments.dropFirst())
var ok = true
if selected.isEmpty || selected.contains("load") {
    ok = LoadBenchmark.run(moduleCount: 350) && ok
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
