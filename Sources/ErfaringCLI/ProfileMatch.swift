import ErfaringKit
import Foundation

/// What a typed profile name or id finds, the same for `erfaring profile use` and the shell's
/// `profil`: one profile, several (ambiguous), or none, with the closest name as a likely typo.
enum ProfileMatch {
    case one(Profile)
    case several([Profile])
    case none(nearest: Profile?)

    /// Looks `typed` up among the store's profiles (``ProgressStore/profiles(matching:)``: an
    /// exact id, a name whatever its case and accents, or the start of an id). Returns the
    /// match and every profile, for the ids shown beside names.
    static func find(_ typed: String, in store: ProgressStore) throws -> (match: ProfileMatch, all: [Profile]) {
        let all = try storeCall { () throws(StoreError) in try store.profiles() }
        let found = try storeCall { () throws(StoreError) in try store.profiles(matching: typed) }
        if found.count > 1 { return (.several(found), all) }
        if let match = found.first { return (.one(match), all) }
        let near = TextChecks.suggestion(for: ProfileName.key(typed), among: all.map { ProfileName.key($0.name) })
        return (.none(nearest: near.flatMap { key in all.first { ProfileName.key($0.name) == key } }), all)
    }
}

/// A name or typed text as it may be shown in a terminal.
func safeProfileText(_ text: String) -> String {
    TextChecks.terminalSafe(TextChecks.abbreviated(text, limit: 80))
}

/// The shortest start of `profile`'s id, at least 8 characters, that no other profile's id begins with.
func shortID(_ profile: Profile, among all: [Profile]) -> String {
    let others = all.filter { $0.id != profile.id }.map(\.id)
    var length = min(8, profile.id.count)
    while length < profile.id.count, others.contains(where: { $0.hasPrefix(profile.id.prefix(length)) }) {
        length += 1
    }
    return String(profile.id.prefix(length))
}
