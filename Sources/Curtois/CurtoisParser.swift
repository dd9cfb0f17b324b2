import Foundation

/// Reads the plain-text format of Curtois's benchmark (see `shared/benchmarks/curtois/README.md`).
///
/// Lines starting with `#` are comments, a blank line ends a section, fields are separated by commas,
/// line endings may be CRLF or LF, and shift ids may be longer than one character. A cover requirement
/// written `-0` (Instance15) is read as 0.
public enum CurtoisParser {
    /// Parses a file from disk; the instance is named after the file.
    public static func parse(contentsOf url: URL) throws -> CurtoisInstance {
        let file = url.lastPathComponent
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw CurtoisParseError(file: file, line: 0, problem: "cannot be read (\(error.localizedDescription))")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw CurtoisParseError(file: file, line: 0, problem: "is not UTF-8 text")
        }
        return try parse(text, name: file)
    }

    /// Parses the text of a file; `name` appears in errors and reports.
    public static func parse(_ text: String, name: String) throws -> CurtoisInstance {
        var reader = Reader(file: name)
        // "\r\n" is one Character in Swift, so splitting on newline characters handles CRLF, LF and CR alike.
        for (offset, rawLine) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
            try reader.read(line: String(rawLine), number: offset + 1)
        }
        return try reader.finish()
    }
}

/// The parser's state while it walks the file line by line.
private struct Reader {
    enum Section: String {
        case horizon = "SECTION_HORIZON"
        case shifts = "SECTION_SHIFTS"
        case staff = "SECTION_STAFF"
        case daysOff = "SECTION_DAYS_OFF"
        case onRequests = "SECTION_SHIFT_ON_REQUESTS"
        case offRequests = "SECTION_SHIFT_OFF_REQUESTS"
        case cover = "SECTION_COVER"
    }

    /// A staff line is kept as text until every shift is known, because MaxShifts names shifts by id.
    struct StaffLine {
        var number: Int
        var fields: [String]
    }

    struct ShiftLine {
        var number: Int
        var id: String
        var minutes: Int
        var cannotFollow: [String]
    }

    struct RequestLine {
        var number: Int
        var fields: [String]
    }

    let file: String
    var section: Section?
    var seen: Set<Section> = []
    var dayCount: Int?
    var shiftLines: [ShiftLine] = []
    var staffLines: [StaffLine] = []
    var daysOffLines: [RequestLine] = []
    var onLines: [RequestLine] = []
    var offLines: [RequestLine] = []
    var coverLines: [RequestLine] = []

    init(file: String) {
        self.file = file
    }

    func error(_ line: Int, _ problem: String) -> CurtoisParseError {
        CurtoisParseError(file: file, line: line, problem: problem)
    }

    mutating func read(line raw: String, number: Int) throws {
        let line = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        if line.isEmpty {
            section = nil
            return
        }
        if line.hasPrefix("#") { return }
        if line.hasPrefix("SECTION_") {
            guard let next = Section(rawValue: line) else { throw error(number, "unknown section \(line)") }
            guard !seen.contains(next) else { throw error(number, "section \(line) appears twice") }
            seen.insert(next)
            section = next
            return
        }
        guard let section else { throw error(number, "data line outside any section: \(line)") }
        let fields = line.split(separator: ",", omittingEmptySubsequences: false)
            .map { $0.trimmingCharacters(in: .whitespaces) }
        switch section {
        case .horizon:
            guard dayCount == nil else { throw error(number, "SECTION_HORIZON holds more than one number") }
            guard fields.count == 1, let days = Int(fields[0]), days > 0 else {
                throw error(number, "the horizon must be one positive whole number of days, found \(line)")
            }
            dayCount = days
        case .shifts:
            guard fields.count == 3 else {
                throw error(number, "a shift line needs 3 fields (ShiftID, Length in mins, cannot follow), found \(fields.count)")
            }
            guard !fields[0].isEmpty else { throw error(number, "the shift id is empty") }
            guard let minutes = Int(fields[1]), minutes >= 0 else {
                throw error(number, "shift \(fields[0]) has length \(fields[1]), which is not a whole number of minutes")
            }
            let cannotFollow = fields[2].split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
                .filter { !$0.isEmpty }
            shiftLines.append(ShiftLine(number: number, id: fields[0], minutes: minutes, cannotFollow: cannotFollow))
        case .staff:
            guard fields.count == 8 else {
                throw error(number, "a staff line needs 8 fields (ID, MaxShifts, MaxTotalMinutes, MinTotalMinutes, MaxConsecutiveShifts, MinConsecutiveShifts, MinConsecutiveDaysOff, MaxWeekends), found \(fields.count)")
            }
            staffLines.append(StaffLine(number: number, fields: fields))
        case .daysOff:
            guard fields.count >= 2 else { throw error(number, "a days-off line needs an employee id and at least one day") }
            daysOffLines.append(RequestLine(number: number, fields: fields))
        case .onRequests, .offRequests:
            guard fields.count == 4 else {
                throw error(number, "a shift request needs 4 fields (EmployeeID, Day, ShiftID, Weight), found \(fields.count)")
            }
            if section == .onRequests {
                onLines.append(RequestLine(number: number, fields: fields))
            } else {
                offLines.append(RequestLine(number: number, fields: fields))
            }
        case .cover:
            guard fields.count == 5 else {
                throw error(number, "a cover line needs 5 fields (Day, ShiftID, Requirement, Weight for under, Weight for over), found \(fields.count)")
            }
            coverLines.append(RequestLine(number: number, fields: fields))
        }
    }

    mutating func finish() throws -> CurtoisInstance {
        guard let dayCount else { throw error(0, "has no SECTION_HORIZON") }
        guard !shiftLines.isEmpty else { throw error(0, "has no shifts in SECTION_SHIFTS") }

        var shiftIndex: [String: Int] = [:]
        for (index, line) in shiftLines.enumerated() {
            guard shiftIndex[line.id] == nil else { throw error(line.number, "shift \(line.id) is defined twice") }
            shiftIndex[line.id] = index
        }
        let shifts = try shiftLines.map { line in
            CurtoisInstance.Shift(id: line.id, minutes: line.minutes, cannotFollow: try line.cannotFollow.map { id in
                guard let index = shiftIndex[id] else {
                    throw error(line.number, "shift \(line.id) lists unknown shift \(id) as one that cannot follow it")
                }
                return index
            })
        }

        var employeeIndex: [String: Int] = [:]
        var employees: [CurtoisInstance.Employee] = []
        for line in staffLines {
            let id = line.fields[0]
            guard !id.isEmpty else { throw error(line.number, "the employee id is empty") }
            guard employeeIndex[id] == nil else { throw error(line.number, "employee \(id) is defined twice") }
            employeeIndex[id] = employees.count
            employees.append(try employee(line, shiftIndex: shiftIndex, shiftCount: shifts.count))
        }

        func employeeNumber(_ id: String, _ line: Int) throws -> Int {
            guard let index = employeeIndex[id] else { throw error(line, "unknown employee \(id)") }
            return index
        }
        func day(_ text: String, _ line: Int) throws -> Int {
            guard let day = Int(text), day >= 0, day < dayCount else {
                throw error(line, "day \(text) is not a day index from 0 to \(dayCount - 1)")
            }
            return day
        }
        func shift(_ id: String, _ line: Int) throws -> Int {
            guard let index = shiftIndex[id] else { throw error(line, "unknown shift \(id)") }
            return index
        }
        func count(_ text: String, _ what: String, _ line: Int) throws -> Int {
            // Int("-0") is 0: Instance15's two `-0` cover requirements are read as 0.
            guard let value = Int(text), value >= 0 else {
                throw error(line, "\(what) \(text) is not a whole number of at least 0")
            }
            return value
        }

        var daysOff = Array(repeating: Set<Int>(), count: employees.count)
        for line in daysOffLines {
            let e = try employeeNumber(line.fields[0], line.number)
            for text in line.fields.dropFirst() where !text.isEmpty {
                daysOff[e].insert(try day(text, line.number))
            }
        }
        func requests(_ lines: [RequestLine]) throws -> [CurtoisInstance.Request] {
            try lines.map { line in
                CurtoisInstance.Request(employee: try employeeNumber(line.fields[0], line.number),
                                        day: try day(line.fields[1], line.number),
                                        shift: try shift(line.fields[2], line.number),
                                        weight: try count(line.fields[3], "weight", line.number))
            }
        }
        let onRequests = try requests(onLines)
        let offRequests = try requests(offLines)

        var cover = Array(repeating: [CurtoisInstance.Cover?](repeating: nil, count: shifts.count), count: dayCount)
        for line in coverLines {
            let d = try day(line.fields[0], line.number)
            let t = try shift(line.fields[1], line.number)
            guard cover[d][t] == nil else {
                throw error(line.number, "cover for day \(d), shift \(line.fields[1]) is given twice")
            }
            cover[d][t] = CurtoisInstance.Cover(requirement: try count(line.fields[2], "requirement", line.number),
                                                underWeight: try count(line.fields[3], "weight for under", line.number),
                                                overWeight: try count(line.fields[4], "weight for over", line.number))
        }
        let fullCover = try cover.enumerated().map { d, row in
            try row.enumerated().map { t, entry in
                guard let entry else {
                    throw error(0, "SECTION_COVER has no line for day \(d), shift \(shifts[t].id)")
                }
                return entry
            }
        }
        return CurtoisInstance(name: file, dayCount: dayCount, shifts: shifts, employees: employees, daysOff: daysOff,
                               onRequests: onRequests, offRequests: offRequests, cover: fullCover)
    }

    private func employee(_ line: StaffLine, shiftIndex: [String: Int], shiftCount: Int) throws -> CurtoisInstance.Employee {
        let fields = line.fields
        var maxShifts = [Int?](repeating: nil, count: shiftCount)
        for entry in fields[1].split(separator: "|") {
            let parts = entry.split(separator: "=", omittingEmptySubsequences: false)
                .map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2, let limit = Int(parts[1]), limit >= 0 else {
                throw error(line.number, "MaxShifts entry \(entry) of employee \(fields[0]) is not ShiftID=max")
            }
            guard let t = shiftIndex[parts[0]] else {
                throw error(line.number, "MaxShifts of employee \(fields[0]) names unknown shift \(parts[0])")
            }
            maxShifts[t] = limit
        }
        let limits = maxShifts.compactMap { $0 }
        if let missing = maxShifts.firstIndex(where: { $0 == nil }) {
            let id = shiftIndex.first { $0.value == missing }?.key ?? String(missing)
            throw error(line.number, "MaxShifts of employee \(fields[0]) does not list shift \(id)")
        }
        let names = ["MaxTotalMinutes", "MinTotalMinutes", "MaxConsecutiveShifts", "MinConsecutiveShifts",
                     "MinConsecutiveDaysOff", "MaxWeekends"]
        let numbers = try zip(names, fields[2...]).map { name, text in
            guard let value = Int(text), value >= 0 else {
                throw error(line.number, "\(name) of employee \(fields[0]) is \(text), not a whole number of at least 0")
            }
            return value
        }
        return CurtoisInstance.Employee(id: fields[0], maxShifts: limits, maxTotalMinutes: numbers[0],
                                        minTotalMinutes: numbers[1], maxConsecutiveShifts: numbers[2],
                                        minConsecutiveShifts: numbers[3], minConsecutiveDaysOff: numbers[4],
                                        maxWeekends: numbers[5])
    }
}
