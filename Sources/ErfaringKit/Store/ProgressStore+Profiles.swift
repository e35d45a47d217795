import Foundation
import GRDB

extension ProgressStore {
    public func profiles() throws(StoreError) -> [Profile] {
        try read { db in
            try ProfileRecord.fetchAll(db, sql: "SELECT id, name, language, createdAt FROM profile ORDER BY createdAt, name")
                .map(\.profile)
        }
    }

    public func profile(id: String) throws(StoreError) -> Profile? {
        try read { db in
            try ProfileRecord.fetchOne(db, key: id)?.profile
        }
    }

    /// The profile in use: the one last chosen with ``useProfile(_:)``, else the first created.
    public func currentProfile() throws(StoreError) -> Profile? {
        try read { db in
            let chosen = try String.fetchOne(db, sql: "SELECT value FROM setting WHERE key = 'current-profile'")
            let sql = "SELECT id, name, language, createdAt FROM profile"
            if let chosen, let record = try ProfileRecord.fetchOne(db, key: chosen) {
                return record.profile
            }
            return try ProfileRecord.fetchOne(db, sql: sql + " ORDER BY createdAt LIMIT 1")?.profile
        }
    }

    /// Creates a profile with a pseudonymous id and makes it the current one.
    @discardableResult
    public func createProfile(name: String, language: Language, id: UUID, at date: Date) throws(StoreError) -> Profile {
        let profile = Profile(id: id.uuidString.lowercased(), name: name, language: language, createdAt: date)
        try write { db in
            try db.execute(sql: "INSERT INTO profile (id, name, language, createdAt) VALUES (?, ?, ?, ?)",
                           arguments: [profile.id, name, language.rawValue, date.timeIntervalSince1970])
            try db.execute(sql: "INSERT OR REPLACE INTO setting (key, value) VALUES ('current-profile', ?)",
                           arguments: [profile.id])
            try append(db, profile: profile.id, kind: .profileCreated, at: date,
                       payload: .init(language: language.rawValue))
        }
        return profile
    }

    /// The profiles `key` names: the one with exactly this id; else those whose name matches
    /// (``ProfileName/matches(_:_:)``: case, accents and spaces do not count); else those whose id
    /// starts with `key`. More than one means the choice is ambiguous.
    public func profiles(matching key: String) throws(StoreError) -> [Profile] {
        let all = try profiles()
        if let exact = all.first(where: { $0.id == key }) { return [exact] }
        let named = all.filter { ProfileName.matches(key, $0.name) }
        if !named.isEmpty { return named }
        let prefix = key.trimmingCharacters(in: .whitespaces).lowercased()
        return prefix.isEmpty ? [] : all.filter { $0.id.hasPrefix(prefix) }
    }

    /// Makes the profile with this id (or a unique name or id prefix) the current one.
    @discardableResult
    public func useProfile(_ key: String) throws(StoreError) -> Profile {
        let found = try profiles(matching: key)
        guard found.count == 1, let profile = found.first else {
            throw .notFound(found.isEmpty ? "profile '\(key)'" : "a single profile matching '\(key)' (several match)")
        }
        try write { db in
            try db.execute(sql: "INSERT OR REPLACE INTO setting (key, value) VALUES ('current-profile', ?)",
                           arguments: [profile.id])
        }
        return profile
    }

    public func setLanguage(_ language: Language, profile: String, at date: Date) throws(StoreError) {
        try write { db in
            try db.execute(sql: "UPDATE profile SET language = ? WHERE id = ?", arguments: [language.rawValue, profile])
            try append(db, profile: profile, kind: .languageChanged, at: date, payload: .init(language: language.rawValue))
        }
    }
}
