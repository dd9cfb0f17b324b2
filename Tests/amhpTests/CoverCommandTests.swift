import Foundation
import Testing

/// `amhp cover` on the demo hub: who can cover a shift, ranked, and the choices for one cell.
@Suite struct CoverCommandTests {
    /// A December 2026 rota of the demo hub: A01 on the night of the 1st, A02 and A03 on the day shift of the 2nd.
    func rotaFile() throws -> URL {
        let folder = try CLIRunner.temporaryFolder("cover")
        let file = folder.appendingPathComponent("rota.csv")
        try "amhp_id,date,shift\nA01,2026-12-01,N\nA02,2026-12-02,D\nA03,2026-12-02,D\n".write(to: file, atomically: true, encoding: .utf8)
        return file
    }

    var hub: String { CLIRunner.packageRoot.appendingPathComponent("Data/demo-hub").path }

    @Test func aShiftListsWhoCanCoverCheapestFirstThenWhoCannotAndWhy() throws {
        let rota = try rotaFile()
        defer { try? FileManager.default.removeItem(at: rota.deletingLastPathComponent()) }
        let result = try CLIRunner.run(["cover", "--hub", hub, "--rota", rota.path, "--date", "2026-12-02", "--shift", "D"])
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.output.hasPrefix("Who can cover Day (D) on Wed 2026-12-02: 2 on it"))
        #expect(result.output.contains("On it: ") && result.output.contains("(A02)") && result.output.contains("(A03)"))
        #expect(result.output.contains("Can cover, cheapest first (objective change; soft rules strained):\n  1. "))
        // A01's night of the 1st ends at 09:00 on the 2nd, when the day shift starts.
        let a01 = result.output.split(separator: "\n").first { $0.contains("(A01): ") }
        #expect(a01?.contains("[rest.daily]") == true, "\(result.output)")
        let changes = result.output.split(separator: "\n").filter { $0.range(of: #"^  \d+\. "#, options: .regularExpression) != nil }
            .compactMap { line in line.split(separator: ": ").dropFirst().first?.split(separator: ";").first.flatMap { Double($0) } }
        #expect(!changes.isEmpty && changes == changes.sorted())
    }

    @Test func aCellListsEveryChoiceWithWhatItBreaksOrCosts() throws {
        let rota = try rotaFile()
        defer { try? FileManager.default.removeItem(at: rota.deletingLastPathComponent()) }
        let result = try CLIRunner.run(["cover", "--hub", hub, "--rota", rota.path, "--date", "2026-12-02", "--amhp", "A01"])
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.output.contains("Choices for "))
        #expect(result.output.contains("  D Day: breaks [rest.daily]"))
        #expect(result.output.contains("  off (now): 0; none"))
    }

    @Test func badInputEndsWithStatusTwoNamingTheOption() throws {
        let rota = try rotaFile()
        defer { try? FileManager.default.removeItem(at: rota.deletingLastPathComponent()) }
        let base = ["cover", "--hub", hub, "--rota", rota.path]
        let outside = try CLIRunner.run(base + ["--date", "2027-01-02", "--shift", "D"])
        #expect(outside.status == 2 && outside.errors.contains("--date 2027-01-02 is not in the rota's month"))
        let shift = try CLIRunner.run(base + ["--date", "2026-12-02", "--shift", "ZZ"])
        #expect(shift.status == 2 && shift.errors.contains("--shift \"ZZ\" is not a shift code"))
        let amhp = try CLIRunner.run(base + ["--date", "2026-12-02", "--amhp", "Z99"])
        #expect(amhp.status == 2 && amhp.errors.contains("--amhp \"Z99\" is not an AMHP"))
        let both = try CLIRunner.run(base + ["--date", "2026-12-02", "--shift", "D", "--amhp", "A01"])
        #expect(both.status == 2 && both.errors.contains("Give either --shift"))
    }
}
