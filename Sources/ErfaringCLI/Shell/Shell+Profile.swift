import ErfaringKit
import Foundation

extension Shell {
    /// `profil` alone lists the profiles and which is in use; `profil NAVN` switches, finding
    /// the name as `erfaring profile use` does (``ProfileMatch``).
    func profileCommand(_ typed: String) throws -> Next {
        let name = typed.trimmingSpacesAndTabs()
        guard !name.isEmpty else {
            try listProfiles()
            return .stay
        }
        let (match, all) = try ProfileMatch.find(name, in: store)
        let command = ShellCommandID.profile.name(in: language)
        switch match {
        case .several(let found):
            terminal.line(strings(.shellProfileAmbiguous, [.name: safeProfileText(name), .count: String(found.count)]))
            for candidate in found { terminal.line(profileLine(candidate, among: all)) }
            terminal.line(strings(.shellProfileChoose, [.command: "\(command) \(shortID(found[0], among: all))"]))
            return .stay
        case .none(let nearest):
            terminal.line(strings(.shellProfileNotFound, [.name: safeProfileText(name)]))
            if let nearest {
                terminal.line(strings(.shellProfileDidYouMean, [.name: safeProfileText(nearest.name),
                                                               .command: "\(command) \(safeProfileText(nearest.name))"]))
            } else {
                terminal.line(strings(.shellProfileSeeList, [.command: command]))
            }
            return .stay
        case .one(let chosen):
            guard chosen.id != profile?.id else {
                terminal.line(strings(.shellProfileAlready, [.name: safeProfileText(chosen.name)]))
                return .stay
            }
            try switchProfile(to: chosen)
            return .home
        }
    }

    /// The profiles, the one in use marked with `*`, and how to switch or make one.
    func listProfiles() throws {
        let all = try storeCall { () throws(StoreError) in try store.profiles() }
        terminal.line(strings(.shellProfileHeader))
        for candidate in all { terminal.line(profileLine(candidate, among: all)) }
        if all.count > 1 { terminal.line(strings(.shellProfileHow, [.command: ShellCommandID.profile.name(in: language)])) }
        terminal.line(strings(.shellProfileCreate))
    }

    /// `* Kari  (1a2b3c4d, norsk (bokmål))`.
    private func profileLine(_ candidate: Profile, among all: [Profile]) -> String {
        let mark = candidate.id == profile?.id ? "*" : " "
        return "\(mark) \(safeProfileText(candidate.name))  (\(shortID(candidate, among: all)), \(candidate.language.nativeName))"
    }

    /// Makes `chosen` the profile in use: stored as current, its own command history, language
    /// and place; the previous profile's history is saved to its own file first, and nothing of
    /// its session (the module being read) carries over.
    func switchProfile(to chosen: Profile) throws {
        let used = try storeCall { () throws(StoreError) in try store.useProfile(chosen.id) }
        profile = used
        currentModule = nil
        useHistory()
        terminal.line(strings(.shellProfileSwitched, [.name: safeProfileText(used.name)]))
    }
}
