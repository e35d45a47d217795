/// RFC 4180 CSV: fields quoted when they need it, CRLF line ends, and a UTF-8 byte-order mark so
/// spreadsheets read æ, ø and å right.
public enum CSVWriter {
    /// How fields and decimals are written.
    public enum Dialect: Sendable {
        /// Commas between fields, a point in decimals: RFC 4180, for programs and most spreadsheets.
        case comma
        /// Semicolons between fields, a comma in decimals: what a spreadsheet set up for Norwegian
        /// (or another language that writes 0,85) reads into columns when the file is opened.
        case semicolon

        var separator: Character { self == .comma ? "," : ";" }

        /// A decimal number with two places, as this dialect writes it.
        public func decimal(_ value: Double) -> String {
            let text = String(format: "%.2f", value)
            return self == .comma ? text : text.replacingOccurrences(of: ".", with: ",")
        }
    }

    public static func render(header: [String], rows: [[String]], dialect: Dialect = .comma) -> String {
        "\u{FEFF}" + ([header] + rows).map { $0.map { field($0, dialect: dialect) }.joined(separator: String(dialect.separator)) }
            .joined(separator: "\r\n") + "\r\n"
    }

    static func field(_ value: String, dialect: Dialect = .comma) -> String {
        // A leading =, +, - or @ would be read as a formula by spreadsheets: prefix a quote.
        var value = value
        // A number (with a decimal comma in the semicolon dialect) is left as it is: -0,17 is no formula.
        let number = dialect == .comma ? value : value.replacingOccurrences(of: ",", with: ".")
        if let first = value.first, "=+-@".contains(first), Double(number) == nil { value = "'" + value }
        guard value.contains(where: { $0 == dialect.separator || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else {
            return value
        }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
