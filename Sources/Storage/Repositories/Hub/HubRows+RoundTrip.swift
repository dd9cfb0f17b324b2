extension HubRows {
    /// Checks that `readBack`, these rows loaded again in the same transaction, hold every value
    /// these rows were written with, table by table.
    ///
    /// - Throws: `StorageError.roundTripFailed` naming the first table and field that differ.
    func compare(readBack: HubRows) throws {
        try RoundTrip.compare([hub], readBack: [readBack.hub])
        try RoundTrip.compare(settings, readBack: readBack.settings)
        try RoundTrip.compare(weights, readBack: readBack.weights)
        try RoundTrip.compare(bankHolidayChanges, readBack: readBack.bankHolidayChanges)
        try RoundTrip.compare(amhps, readBack: readBack.amhps)
        try RoundTrip.compare(suspensions, readBack: readBack.suspensions)
        try RoundTrip.compare(shiftTypes, readBack: readBack.shiftTypes)
        try RoundTrip.compare(coverRules, readBack: readBack.coverRules)
        try RoundTrip.compare(absences, readBack: readBack.absences)
        try RoundTrip.compare(requests, readBack: readBack.requests)
        try RoundTrip.compare(toilPlans, readBack: readBack.toilPlans)
        try RoundTrip.compare(history, readBack: readBack.history)
        try RoundTrip.compare(carryIn, readBack: readBack.carryIn)
    }
}
