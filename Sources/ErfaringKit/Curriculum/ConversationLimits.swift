/// The counts and lengths a conversation file must keep to, so that it fits a screen of 80×24
/// [conversation-bounds], and the graph limits of the other conversation rules.
public enum ConversationLimits {
    public static let conversations = 1...5
    public static let people = 1...3
    public static let nodes = 4...30
    public static let options = 2...4
    /// The most decisions on a path from the start to an ending, `retry` options left out.
    public static let longestPath = 10
    /// At least this many decision nodes and endings per conversation.
    public static let decisions = 3
    public static let endings = 3

    public static let title = 80
    public static let setting = 500
    public static let name = 40
    public static let says = 400
    public static let optionText = 160
    public static let feedback = 400
    public static let note = 160
    public static let endingTitle = 60
    public static let debrief = 900

    /// The length the limits count: Unicode scalars of the text without white space at its ends.
    public static func length(_ text: String) -> Int {
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return 0 }
        return scalars.distance(from: first, to: last) + 1
    }
}
