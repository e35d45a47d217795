/// The pass-mark arithmetic, written once: how many right answers an attempt needs, and
/// whether a score passes.
public enum PassMark {
    /// Right answers needed out of `total` to reach `passMark` (0–1). A tiny tolerance keeps
    /// 4 of 5 at 0.8 a pass although 0.8 × 5 is not exactly 4 in binary.
    public static func needed(_ passMark: Double, of total: Int) -> Int {
        max(0, Int((passMark * Double(total) - 1e-9).rounded(.up)))
    }

    /// Whether `correct` right answers out of `total` pass `passMark`. An empty attempt passes
    /// only a pass mark of zero.
    public static func passes(correct: Int, of total: Int, passMark: Double) -> Bool {
        guard total > 0 else { return passMark <= 1e-9 }
        return correct >= needed(passMark, of: total)
    }
}
