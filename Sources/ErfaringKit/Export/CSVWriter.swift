/// RFC 4180 CSV: fields quoted when they need it, CRLF line ends, and a UTF-8 byte-order mark so
/// spreadsheets read æ, ø and å right.
public enum CSVWriter {
    public static func render(header: [String], rows: [[String]]) -> String {
        "\u{FEFF}" + ([header] + rows).map { $0.map(field).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
    }

    static func field(_ value: String) -> String {
        // A leading =, +, - or @ would be read as a formula by spreadsheets: prefix a quote.
        var value = value
        if let first = value.first, "=+-@".contains(first), Double(value) == nil { value = "'" + value }
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
