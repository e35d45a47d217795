/// An xAPI 1.0.3 statement, with only the parts Erfaring uses.
public struct XAPIStatement: Codable, Hashable, Sendable {
    public struct Account: Codable, Hashable, Sendable {
        public var homePage: String
        public var name: String
    }

    public struct Actor: Codable, Hashable, Sendable {
        public var objectType = "Agent"
        public var account: Account
    }

    public struct Verb: Codable, Hashable, Sendable {
        public var id: String
        public var display: [String: String]
    }

    public struct InteractionComponent: Codable, Hashable, Sendable {
        public var id: String
        public var description: [String: String]
    }

    public struct Definition: Codable, Hashable, Sendable {
        public var name: [String: String]
        public var type: String
        public var interactionType: String?
        public var correctResponsesPattern: [String]?
        public var choices: [InteractionComponent]?
    }

    public struct Activity: Codable, Hashable, Sendable {
        public var objectType = "Activity"
        public var id: String
        public var definition: Definition
    }

    public struct Score: Codable, Hashable, Sendable {
        public var scaled: Double
        public var raw: Double
        public var min: Double
        public var max: Double
    }

    public struct Result: Codable, Hashable, Sendable {
        public var score: Score?
        public var success: Bool?
        public var completion: Bool?
        public var response: String?
        public var duration: String?
        public var extensions: [String: JSONValue]?
    }

    public struct ContextActivities: Codable, Hashable, Sendable {
        public var parent: [Activity]?
        public var grouping: [Activity]?
    }

    public struct Context: Codable, Hashable, Sendable {
        public var registration: String?
        public var contextActivities: ContextActivities?
        public var language: String?
        public var extensions: [String: JSONValue]?
    }

    public var id: String
    public var actor: Actor
    public var verb: Verb
    public var object: Activity
    public var result: Result?
    public var context: Context?
    public var timestamp: String
}

/// A JSON scalar for xAPI extensions.
public enum JSONValue: Codable, Hashable, Sendable {
    case string(String)
    case number(Double)
    case bool(Bool)

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(Double.self) {
            self = .number(value)
        } else {
            self = .string(try container.decode(String.self))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .string(let value): try container.encode(value)
        case .number(let value): try container.encode(value)
        case .bool(let value): try container.encode(value)
        }
    }
}
