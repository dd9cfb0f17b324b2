extension TOILEntry {
    /// A correction that cancels `entry`, carrying its AMHP, date and hours as the ledger requires.
    ///
    ///     let fix = TOILEntry.correction(of: wrong, id: "e9", reason: "Keyed 5 h, was 3 h",
    ///                                    recordedBy: "hr.jo", recordedOn: nov2)
    public static func correction(of entry: TOILEntry, id: String, reason: String, recordedBy: String,
                                  recordedOn: LocalDate) -> TOILEntry {
        TOILEntry(id: id, amhpID: entry.amhpID, kind: .correction(of: entry.id), date: entry.date, hours: entry.hours,
                  reason: reason, recordedBy: recordedBy, recordedOn: recordedOn)
    }

    /// The day in lieu for working the bank holiday `date`, for the hours the policy credits.
    ///
    /// - Throws: `TOILLedgerError.notABankHoliday` when the hub's calendar has no bank holiday that day.
    public static func bankHolidayWorked(id: String, amhpID: String, date: LocalDate, policy: TOILPolicy,
                                         calendar: HubCalendar, recordedBy: String,
                                         recordedOn: LocalDate? = nil) throws(TOILLedgerError) -> TOILEntry {
        guard let name = calendar.bankHolidayName(date) else {
            throw .notABankHoliday(entryID: id, date: date)
        }
        return TOILEntry(id: id, amhpID: amhpID, kind: .bankHolidayWorked, date: date,
                         hours: policy.bankHolidayCreditHours, reason: "Worked \(name)", recordedBy: recordedBy,
                         recordedOn: recordedOn)
    }
}
