import ErfaringKit
import Foundation

extension CommandContext {
    /// Opens the learner's progress database in the data folder, creating it if needed.
    func openStore() throws -> ProgressStore {
        do {
            let location = try DataLocation.resolve(environment: environment)
            try location.prepare()
            return try ProgressStore(url: location.database)
        } catch {
            throw CLIError.io(error.description)
        }
    }

    /// The profile in use, or the error that tells a new learner how to start.
    func requireProfile(_ store: ProgressStore) throws -> Profile {
        guard let profile = try storeCall({ () throws(StoreError) in try store.currentProfile() }) else {
            throw CLIError(CommandLanguage.text(
                nb: "ingen profil ennå: skriv 'erfaring' for å begynne, eller 'erfaring profile create NAVN'",
                en: "no profile yet: run 'erfaring' to start, or 'erfaring profile create NAME'"), .failure)
        }
        return profile
    }

    func dataLocation() throws -> DataLocation {
        do {
            return try DataLocation.resolve(environment: environment)
        } catch {
            throw CLIError.io(error.description)
        }
    }
}

/// Runs a store call, turning its errors into exit code 74 with the store's own message.
func storeCall<T>(_ body: () throws(StoreError) -> T) throws -> T {
    do {
        return try body()
    } catch {
        throw CLIError(store: error)
    }
}

extension CLIError {
    /// A store failure: 1 when what was asked for is not there, 74 otherwise, with the store's own message.
    init(store error: StoreError) {
        switch error {
        case .notFound: self.init(error.description, .failure)
        default: self.init(error.description, .io)
        }
    }
}
