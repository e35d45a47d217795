import Foundation

/// The rules of `erfaring facilitator assign`: the assignment's id, and which modules it leaves
/// locked because it lacks what they build on.
public enum AssignmentPlan {
    /// `nav-bergen-hoest-2026-2026-12-15` from "NAV Bergen, høst 2026" and the due date. When
    /// the Latin spelling loses part of the name (letters without one, such as "Кюлл", a name
    /// of only punctuation, or one cut at 40 characters), a short hash of the whole name keeps
    /// different cohorts apart: `assignment-5d41c2-2026-12-15` for "!!!".
    public static func id(cohort: String, due: String) -> String {
        let folded = cohort.lowercased()
            .replacingOccurrences(of: "æ", with: "ae").replacingOccurrences(of: "ø", with: "oe")
            .replacingOccurrences(of: "å", with: "aa")
            .applyingTransform(.stripDiacritics, reverse: false) ?? cohort.lowercased()
        let words = folded.split { !($0.isASCII && ($0.isLetter || $0.isNumber)) }
        let slug = words.joined(separator: "-")
        var id = slug.isEmpty ? "assignment" : String(slug.prefix(40))
        while id.hasSuffix("-") { id.removeLast() }
        let lossy = slug.isEmpty || slug.count > 40 || folded.contains { ($0.isLetter || $0.isNumber) && !$0.isASCII }
        if lossy {
            let hash = NameBasedUUID.make(namespace: NameBasedUUID.statements, name: "assignment-cohort/\(cohort)")
            id += "-" + hash.uuidString.lowercased().prefix(6)
        }
        return id + "-" + due
    }

    /// For each assigned module that builds on modules the assignment does not include, those
    /// modules, in the order the modules were given.
    public static func missingPrerequisites(_ modules: [String], curriculum: Curriculum) -> [(module: String, missing: [String])] {
        modules.compactMap { module in
            let missing = (curriculum.module(module)?.prerequisites.map(\.value) ?? []).filter { !modules.contains($0) }
            return missing.isEmpty ? nil : (module, missing)
        }
    }
}
