import Foundation

/// How a typed profile name is compared with the names on this machine.
///
/// Case does not count (`bjørn ærlig` is `Bjørn Ærlig`), nor do accents (`Andre` is `André`),
/// nor spaces at the ends or repeated inside. `æ`, `ø` and `å` are letters of their own in
/// Norwegian, not accented `a` or `o`: `Åse` and `Ase` are different names, as are `Bjørn` and
/// `Bjorn`; each still matches its capital.
public enum ProfileName {
    /// The form two names are compared in: trimmed, inner spaces made one, case and accents folded,
    /// `å` kept.
    public static func key(_ name: String) -> String {
        let words = name.split(whereSeparator: { $0.isWhitespace })
        let lowered = words.joined(separator: " ").folding(options: .caseInsensitive, locale: nil)
        var key = ""
        for character in lowered {
            // `å` (precomposed or as `a` with a ring) is a letter of its own; other accents fold away.
            if character == "å" {
                key.append("å")
            } else {
                key += String(character).folding(options: .diacriticInsensitive, locale: nil)
            }
        }
        return key
    }

    /// Whether `typed` names the same profile as `stored`.
    public static func matches(_ typed: String, _ stored: String) -> Bool {
        key(typed) == key(stored)
    }
}
