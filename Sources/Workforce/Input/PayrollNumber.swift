/// The optional `payroll_number` of amhps.csv: the employer's staff number, as payroll holds it.
///
/// At most 20 characters: letters, digits, and `-`, `/` or `.` between them (for example `LA004512`,
/// `NHS/77-1203`). Nothing that could start a spreadsheet formula, so the payroll export carries it
/// unchanged.
enum PayrollNumber {
    static let column = "payroll_number"
    static let maximumLength = 20

    /// The row's payroll number, nil when blank; an error naming the file, line and fix when it is not one.
    static func read(_ row: CSVRecord, errors: inout [InputError]) -> String? {
        let value = row.text(column)
        guard !value.isEmpty else { return nil }
        guard value.count <= maximumLength else {
            errors.append(row.error(column, "the payroll number is \(value.count) characters long; at most \(maximumLength) are allowed.",
                                    fix: "write the payroll number exactly as payroll holds it (for example LA004512), or leave it blank."))
            return nil
        }
        guard isValid(value) else {
            errors.append(row.error(column, "\"\(value)\" is not a payroll number: only letters, digits, and - / . between them are allowed.",
                                    fix: "write the payroll number exactly as payroll holds it (for example LA004512 or NHS/77-1203), or leave it blank."))
            return nil
        }
        return value
    }

    /// Letters and digits (ASCII), with `-`, `/` or `.` allowed only between them.
    static func isValid(_ value: String) -> Bool {
        guard let first = value.first, let last = value.last, isAlphanumeric(first), isAlphanumeric(last) else { return false }
        return value.allSatisfy { isAlphanumeric($0) || "-/.".contains($0) }
    }

    private static func isAlphanumeric(_ character: Character) -> Bool {
        character.isASCII && (character.isLetter || character.isNumber)
    }
}
