import Foundation

/// Time spent studying, measured from the event log: the time from each event to the next, where
/// pauses longer than a bound are not counted (the learner stepped away).
public enum StudyTime {
    /// The longest pause between two events that still counts as studying: 10 minutes.
    public static let defaultBound: TimeInterval = 10 * 60

    /// The active seconds in `events`: the sum of the gaps between consecutive events (in time
    /// order) that are at most `bound` long. Time after a session's last event is not counted.
    /// Linear after sorting; events at the same moment add nothing.
    public static func activeSeconds(_ events: [LearningEvent], bound: TimeInterval = defaultBound) -> TimeInterval {
        let times = events.map(\.occurredAt).sorted()
        var total: TimeInterval = 0
        for (earlier, later) in zip(times, times.dropFirst()) {
            let gap = later.timeIntervalSince(earlier)
            if gap > 0, gap <= bound { total += gap }
        }
        return total
    }
}
