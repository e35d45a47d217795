import ErfaringKit

/// Reads a typed answer: numbers for choices ("2", "1 3", "3,1,2"; an order of at most nine
/// choices also as one run of digits, "312"), or words for true/false.
enum AnswerParser {
    enum Failure: Error, Equatable {
        /// The catalog key of the message and the highest number allowed.
        case invalid(key: CatalogKey, max: Int)
    }

    /// 1-based positions of the chosen choices, in the order typed.
    static func parse(_ text: String, kind: Question.Kind, count: Int) throws(Failure) -> [Int] {
        let lowered = text.lowercased().trimmingSpacesAndTabs()
        switch kind {
        case .trueFalse:
            switch lowered {
            case "sant", "true", "s", "t", "ja", "yes": return [1]
            case "usant", "false", "u", "f", "nei", "no": return [2]
            default: break
            }
        case .single, .multiple, .ordering, .scenario:
            break
        }
        var parts = lowered.split { $0 == " " || $0 == "," || $0 == ";" }
        // With at most nine choices every number is one digit, so "1234" can only mean 1, 2, 3, 4.
        if kind == .ordering, count <= 9, parts.count == 1, let run = parts.first, run.count > 1,
           run.allSatisfy({ ("1"..."9").contains($0) }) {
            parts = run.map { Substring(String($0)) }
        }
        let numbers = parts.compactMap { Int($0) }
        let key: CatalogKey
        switch kind {
        case .multiple: key = .quizBadNumbers
        case .ordering: key = .quizBadOrder
        case .single, .scenario, .trueFalse: key = .quizBadNumber
        }
        guard !parts.isEmpty, numbers.count == parts.count, numbers.allSatisfy({ (1...count).contains($0) }),
              Set(numbers).count == numbers.count else {
            throw .invalid(key: key, max: count)
        }
        switch kind {
        case .single, .scenario, .trueFalse:
            guard numbers.count == 1 else { throw .invalid(key: key, max: count) }
        case .ordering:
            guard numbers.count == count else { throw .invalid(key: key, max: count) }
        case .multiple:
            break
        }
        return numbers
    }
}
