import ErfaringKit
import Foundation
import Testing

/// The rules of `facilitator assign`, in-process.
@Suite("Assignment plan: ids and missing prerequisites")
struct AssignmentPlanTests {
    @Test("generated assignment ids: readable from Latin names, unique and stable with a short hash otherwise")
    func assignmentIDs() throws {
        #expect(AssignmentPlan.id(cohort: "NAV Bergen, høst 2026", due: "2026-12-15") == "nav-bergen-hoest-2026-2026-12-15")
        let ids = ["!!!", "???", "Кюлл 1", "Кюлл 2", "北京 2026", String(repeating: "lang ", count: 10) + "a",
                   String(repeating: "lang ", count: 10) + "b"].map { AssignmentPlan.id(cohort: $0, due: "2026-12-15") }
        #expect(Set(ids).count == ids.count, "\(ids)")
        #expect(ids.allSatisfy(TextChecks.isValidID), "\(ids)")
        #expect(ids[0].hasPrefix("assignment-") && ids[0].count == "assignment-".count + 6 + 1 + 10)
        #expect(ids[2].hasPrefix("1-"), "the digits that have a Latin spelling stay: \(ids[2])")
        #expect(AssignmentPlan.id(cohort: "!!!", due: "2026-12-15") == ids[0], "stable")
    }

    @Test("a module assigned without the module it builds on is named with what it lacks; with it, nothing is")
    func prerequisites() throws {
        let curriculum = try fixtureCurriculum()
        let dependent = try #require(curriculum.modules.first { !$0.prerequisites.isEmpty })
        let needed = dependent.prerequisites.map(\.value)
        let alone = AssignmentPlan.missingPrerequisites([dependent.id.value], curriculum: curriculum)
        #expect(alone.map(\.module) == [dependent.id.value])
        #expect(alone.first?.missing == needed)
        #expect(AssignmentPlan.missingPrerequisites(needed + [dependent.id.value], curriculum: curriculum).isEmpty)
    }
}
