import Foundation
import Storage
import Testing
import Workforce

/// A timing harness, not a timed test: run once by hand with `AMHP_TOIL_TIMING=1 swift test --skip-build
/// --filter TOILTimingHarness` to print how long a TOIL write and a balance read take with 20 and
/// 20,000 entries in the ledger. It asserts nothing about time.
@Suite(.enabled(if: ProcessInfo.processInfo.environment["AMHP_TOIL_TIMING"] != nil)) struct TOILTimingHarness {
    @Test(arguments: [20, 20_000])
    func printWriteAndReadTimes(entries count: Int) async throws {
        var stream = RandomTOILStream(seed: 99, people: 12)
        let entries = stream.take(count)
        let hub = Set(stream.people)
        try await TestBackend.sqlite.withDatabase { store async throws in
            let repository = TOILLedgerRepository(database: store.database)
            for start in stride(from: 0, to: entries.count, by: 1_000) {
                let batch = Array(entries[start..<min(start + 1_000, entries.count)])
                try await repository.append(concerning: TOILLedgerScope(amhpIDs: hub), hubAMHPIDs: hub) { _, _ in batch }
            }
            let day = stream.today
            try await repository.append(TOILEntry(id: "w-start", amhpID: "A01", kind: .opening, date: day, hours: 100, reason: "Timing",
                                                  recordedBy: "hr.test", recordedOn: day), hubAMHPIDs: hub)
            var writes: [Double] = []
            for index in 0..<100 {
                let entry = index % 2 == 0
                    ? TOILEntry(id: "w\(index)", amhpID: "A01", kind: .accrued, date: day, hours: 0.5, reason: "Timing",
                                recordedBy: "hr.test", approvedBy: "Sam (TM)", recordedOn: day)
                    : TOILEntry(id: "w\(index)", amhpID: "A01", kind: .taken, date: day, hours: 0.25, recordedBy: "hr.test", recordedOn: day)
                writes.append(try await Self.milliseconds { try await repository.append(entry, hubAMHPIDs: hub) })
            }
            var reads: [Double] = []
            for _ in 0..<100 {
                reads.append(try await Self.milliseconds {
                    let ledger = try await repository.ledger(concerning: TOILLedgerScope(amhpIDs: ["A01"]), hubAMHPIDs: hub)
                    _ = ledger.balance(of: "A01", asOf: day)
                    _ = ledger.statement(of: "A01", for: Month(containing: day))
                })
            }
            var payroll: [Double] = []
            for _ in 0..<20 {
                payroll.append(try await Self.milliseconds {
                    _ = TOILPayrollCSV.text(for: Month(containing: day), totals: try await repository.totals())
                })
            }
            var wholeLedger: [Double] = []
            for index in 0..<3 {
                let entry = TOILEntry(id: "full\(index)", amhpID: "A02", kind: .opening, date: day, hours: 1, reason: "Timing",
                                      recordedBy: "hr.test", recordedOn: day)
                wholeLedger.append(try await Self.milliseconds {
                    try await repository.append(hubAMHPIDs: hub) { _, _ in [entry] }
                })
            }
            let perAMHP = entries.filter { $0.amhpID == "A01" }.count
            print("""
                TOIL timing, \(count) entries (\(perAMHP) of A01's), SQLite, debug build:
                  write (one entry, its AMHP's entries checked): \(Self.summary(writes))
                  balance read (one AMHP's entries, balance and month): \(Self.summary(reads))
                  payroll export from the totals: \(Self.summary(payroll))
                  write through the whole ledger (the old path, for comparison): \(Self.summary(wholeLedger))
                """)
        }
    }

    static func milliseconds(_ body: () async throws -> Void) async throws -> Double {
        let start = ContinuousClock.now
        try await body()
        let elapsed = ContinuousClock.now - start
        return Double(elapsed.components.seconds) * 1_000 + Double(elapsed.components.attoseconds) / 1e15
    }

    static func summary(_ samples: [Double]) -> String {
        let sorted = samples.sorted()
        func at(_ fraction: Double) -> Double { sorted[min(sorted.count - 1, Int(Double(sorted.count) * fraction))] }
        return String(format: "p50 %.2f ms, p99 %.2f ms, max %.2f ms (%d samples)", at(0.5), at(0.99), sorted.last ?? 0, sorted.count)
    }
}
