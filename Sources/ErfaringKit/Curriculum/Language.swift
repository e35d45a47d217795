/// A language the course is written in.
public enum Language: String, CaseIterable, Hashable, Sendable, Codable {
    case nb
    case en

    /// The language's own name, for menus: `norsk (bokmål)`, `English`.
    public var nativeName: String {
        switch self {
        case .nb: return "norsk (bokmål)"
        case .en: return "English"
        }
    }
}

/// A text that exists in every course language.
public struct LocalizedText: Hashable, Sendable, Codable {
    public var nb: String
    public var en: String

    public init(nb: String, en: String) {
        self.nb = nb
        self.en = en
    }

    public subscript(language: Language) -> String {
        switch language {
        case .nb: return nb
        case .en: return en
        }
    }
}
