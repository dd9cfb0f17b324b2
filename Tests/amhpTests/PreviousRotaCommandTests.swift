import Foundation
import HubGeneration
import Testing
import Workforce

/// `--previous ROTA.csv` on `amhp rota`, `amhp check` and `amhp-rota`: a month chained to the rotas
/// of the months before it, as a team manager runs it.
@Suite(.serialized) struct PreviousRotaCommandTests {
    @Test func checkFlagsSimonsNewYearsDayAfterHisNightOnlyWithDecemberGiven() throws {
        let folder = try CLIRunner.temporaryFolder("previous")
        defer { try? FileManager.default.removeItem(at: folder) }
        let december = folder.appendingPathComponent("december.csv"), january = folder.appendingPathComponent("january.csv")
        try "amhp_id,date,shift\nA34,2026-12-31,N\n".write(to: december, atomically: true, encoding: .utf8)
        try "amhp_id,date,shift\nA34,2027-01-01,D\n".write(to: january, atomically: true, encoding: .utf8)

        let chained = try CLIRunner.run(["check", "--hub", "Data/demo-hub", "--rota", january.path, "--previous", december.path])
        #expect(chained.status == 1, "\(chained.errors)")
        #expect(chained.output.contains("[rest.daily]"))
        #expect(chained.output.contains("Simon Walsh (A34) has 0"), "\(chained.output)")
        #expect(chained.output.contains("on 2026-12-31 (carried in)"), "\(chained.output)")

        // Zero case: January alone.
        let alone = try CLIRunner.run(["check", "--hub", "Data/demo-hub", "--rota", january.path])
        #expect(!alone.output.contains("[rest.daily]"), "\(alone.output)")
    }

    @Test func aPreviousRotaOfTheSameMonthOrAnUnknownAMHPIsRefusedWithTheFix() throws {
        let folder = try CLIRunner.temporaryFolder("previous-bad")
        defer { try? FileManager.default.removeItem(at: folder) }
        let january = folder.appendingPathComponent("january.csv"), unknown = folder.appendingPathComponent("unknown.csv")
        try "amhp_id,date,shift\nA34,2027-01-01,D\n".write(to: january, atomically: true, encoding: .utf8)
        try "amhp_id,date,shift\nZ99,2026-12-31,N\n".write(to: unknown, atomically: true, encoding: .utf8)
        for program in ["amhp", "amhp-rota"] {
            let result = try CLIRunner.run(["rota", "--hub", "Data/demo-hub", "--month", "2027-01", "--time-limit", "1",
                                            "--out", folder.appendingPathComponent("never").path,
                                            "--previous", january.path, "--previous", unknown.path], program: program)
            #expect(result.status == 2, "\(program): \(result.output)")
            #expect(result.errors.contains("january.csv, line 2, field date: the rota is for 2027-01, which is not before the month planned, 2027-01. Fix: give --previous only rotas of months before 2027-01."), "\(result.errors)")
            #expect(result.errors.contains("unknown.csv, line 2, field amhp_id: unknown AMHP id \"Z99\""), "\(result.errors)")
            #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("never").path))
        }
        let check = try CLIRunner.run(["check", "--hub", "Data/demo-hub", "--rota", january.path, "--previous", january.path])
        #expect(check.status == 2)
        #expect(check.errors.contains("january.csv, line 2, field date: the rota is for 2027-01"))
    }

    /// Two months planned one after the other: February chained to January plans and checks lawful
    /// across the boundary.
    @Test func aSecondMonthPlannedWithPreviousChecksCleanAcrossTheBoundary() throws {
        let hub = try CLIRunner.temporaryFolder("hub")
        let out = try CLIRunner.temporaryFolder("months")
        defer { try? FileManager.default.removeItem(at: hub); try? FileManager.default.removeItem(at: out) }
        try HubWriter.write(HubGenerator(amhpCount: 12, firstMonth: Month("2027-01")!, months: 2, seed: 5).generate(), to: hub)
        let january = out.appendingPathComponent("2027-01"), february = out.appendingPathComponent("2027-02")
        let first = try CLIRunner.run(["rota", "--hub", hub.path, "--month", "2027-01", "--out", january.path, "--time-limit", "5"])
        #expect(first.status == 0, "\(first.errors)")
        let previous = january.appendingPathComponent("rota.csv").path
        let second = try CLIRunner.run(["rota", "--hub", hub.path, "--month", "2027-02", "--out", february.path, "--time-limit", "5",
                                        "--previous", previous])
        #expect(second.status == 0, "\(second.errors)")
        let check = try CLIRunner.run(["check", "--hub", hub.path, "--rota", february.appendingPathComponent("rota.csv").path,
                                       "--previous", previous])
        #expect(check.status == 0, "\(check.output)")
    }
}
