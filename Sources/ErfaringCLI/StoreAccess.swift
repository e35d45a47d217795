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
        switch error {
        case .notFound: throw CLIError(description: error.description, code: 1)
        default: throw CLIError.io(error.description)
        }
    }
}
