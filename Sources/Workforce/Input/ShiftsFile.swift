/// Reads `shifts.csv`: the shift types of the hub.
enum ShiftsFile {
    static let name = "shifts.csv"
    static let required = ["code", "name", "start", "end", "night"]
    static let optional = ["kind"]
    /// Ends the fix for a bad start or end time.
    static let nightExample = "21:00 (a night ending next morning ends at e.g. 09:00)"

    /// Every code written in the file, valid row or not (see `AMHPsFile.writtenIDs`).
    static func writtenCodes(_ table: CSVTable) -> Set<String> {
        Set(table.rows.map { $0.text("code") }.filter { !$0.isEmpty })
    }

    static func read(_ table: CSVTable, errors: inout [InputError]) -> [ShiftType] {
        let errorsBefore = errors.count
        var shifts: [ShiftType] = []
        for row in table.rows {
            let before = errors.count
            let code = row.required("code", &errors, fix: "give the shift a short code, e.g. D, L or N.")
            if let code, code.contains(where: { $0 == " " || $0 == "," }) {
                errors.append(row.error("code", "the code \"\(code)\" has a space or comma.", fix: "use letters and digits only."))
            }
            if let code, code.lowercased() == "off" {
                errors.append(row.error("code", "\"off\" is kept for days off.", fix: "choose another code."))
            }
            let start = row.time("start", &errors, example: nightExample)
            let end = row.time("end", &errors, example: nightExample)
            let night = row.flag("night", &errors)
            // Blank is a rota shift, so files written before duty shifts existed read as before.
            let kind = row.text("kind").isEmpty ? ShiftKind.rota : row.choice("kind", &errors, as: ShiftKind.self)
            guard errors.count == before, let code, let start, let end, let kind else { continue }
            if kind == .duty && night {
                errors.append(row.error("night", "a duty shift cannot be a night: duty is daytime work off the rota.",
                                        fix: "write no in night, or rota in kind if this is a night shift on the rota."))
                continue
            }
            if shifts.contains(where: { $0.code == code }) {
                errors.append(row.error("code", "the code \"\(code)\" is used twice.", fix: "give every shift type its own code."))
                continue
            }
            let duration = end <= start ? 1440 - start.minutes + end.minutes : end.minutes - start.minutes
            let nightTime = ClockTime.nightMinutes(from: start, lasting: duration)
            if !night && nightTime >= 180 {
                errors.append(row.error("night", "the shift covers \(nightTime / 60) hours of night time (23:00-06:00) but is not marked as a night.",
                                        fix: "write yes in night: three hours of night time make it a night shift (WTR 1998 reg. 2)."))
                continue
            }
            let name = row.text("name").isEmpty ? code : row.text("name")
            shifts.append(ShiftType(code: code, name: name, start: start, end: end, isNight: night, kind: kind))
        }
        if errors.count == errorsBefore, !shifts.isEmpty, shifts.allSatisfy(\.isDuty) {
            errors.append(InputError(file: name, line: nil, field: "kind", problem: "every shift type is a duty shift, so there is no rota.",
                                     fix: "add the rota's shifts, e.g. D,Day,09:00,17:00,no,rota."))
        }
        if shifts.isEmpty && errors.count == errorsBefore {
            errors.append(InputError(file: name, line: nil, field: nil, problem: "no shift types are defined.",
                                     fix: "add at least one row, e.g. D,Day,09:00,17:00,no."))
        }
        return shifts
    }
}
