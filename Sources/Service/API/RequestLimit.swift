import Workforce

/// How many requests one AMHP may have for one month: enough to ask for or avoid every day and
/// then some, few enough that one account cannot flood the hub (and every re-solve) with them.
enum RequestLimit {
    static let perAMHPPerMonth = 40

    /// Throws, naming the field, when `new` would take its AMHP past the limit for its month.
    static func check(adding new: ShiftRequest, to requests: [ShiftRequest]) throws {
        let month = Month(containing: new.date)
        let count = requests.filter { $0.amhpID == new.amhpID && Month(containing: $0.date) == month }.count
        guard count < perAMHPPerMonth else {
            throw InputFailure("The request was not added.", problems: [Problem(
                field: "date", message: "\(new.amhpID) already has \(count) requests for \(month), the most one AMHP may have; "
                    + "withdraw some (DELETE /api/requests/{id}) before adding more.")])
        }
    }
}
