import SQLKit
import Workforce

/// What a scoped TOIL read or append needs to know of the whole ledger beyond the AMHPs' own rows,
/// read in one statement, since each round trip to the database costs more than the reading: the
/// entries voided, the last position of each AMHP asked for (the key of their kept rows,
/// `TOILLedgerCache`), the next free position, and the recording day of the last entry not voided.
struct LedgerEnds {
    var voided: Set<String> = []
    var lastPositions: [String: Int] = [:]
    var nextPosition = 0
    var lastRecordedOn: LocalDate?

    static func read(lastPositionsOf amhpIDs: Set<String>, on sql: any SQLDatabase) async throws -> LedgerEnds {
        let table = StoredTOILEntry.schema
        // Each part's rows are told apart by `part`; the last rows are as many as there are voids and
        // one more, so at least one of them is not voided.
        var query: SQLQueryString = """
            SELECT 'void' AS part, corrected_entry_id AS entry_id, NULL AS position, NULL AS recorded_on \
            FROM \(ident: table) WHERE kind = 'void'
            """
        if !amhpIDs.isEmpty {
            query += """
                 UNION ALL SELECT 'last', amhp_id, MAX(position), NULL FROM \(ident: table) \
                WHERE amhp_id IN (\(binds: amhpIDs.sorted())) GROUP BY amhp_id
                """
        }
        query += """
             UNION ALL SELECT 'tail', entry_id, position, recorded_on FROM (SELECT entry_id, position, recorded_on \
            FROM \(ident: table) ORDER BY position DESC LIMIT 1 + (SELECT COUNT(*) FROM \(ident: table) WHERE kind = 'void')) AS tail
            """
        var ends = LedgerEnds()
        var tail: [(position: Int, entryID: String, recordedOn: String)] = []
        for row in try await sql.raw(query).all() {
            switch try row.decode(column: "part", as: String.self) {
            case "void":
                if let voided = try row.decode(column: "entry_id", as: String?.self) { ends.voided.insert(voided) }
            case "last":
                ends.lastPositions[try row.decode(column: "entry_id", as: String.self)] = try row.decode(column: "position", as: Int.self)
            default:
                tail.append((try row.decode(column: "position", as: Int.self), try row.decode(column: "entry_id", as: String.self),
                             try row.decode(column: "recorded_on", as: String.self)))
            }
        }
        tail.sort { $0.position > $1.position }
        ends.nextPosition = (tail.first?.position ?? -1) + 1
        if let last = tail.first(where: { !ends.voided.contains($0.entryID) }) {
            guard let day = LocalDate(last.recordedOn) else {
                throw StorageError.unreadableValue(table: table, field: "recorded_on", value: last.recordedOn)
            }
            ends.lastRecordedOn = day
        }
        return ends
    }
}
