import Foundation
import HubGeneration
import Testing
import Workforce

/// End-to-end: the `amhp` binary on hub folders, as a team manager runs it.
@Suite(.serialized) struct RotaCommandTests {
    /// A generated 16-AMHP hub written as a folder of CSV files.
    func generatedHubFolder() throws -> URL {
        let folder = try CLIRunner.temporaryFolder("hub")
        try HubWriter.write(HubGenerator(amhpCount: 16, firstMonth: Month("2027-01")!, seed: 11).generate(), to: folder)
        return folder
    }

    @Test func rotaWritesEveryFileAndTheCheckerAcceptsIt() throws {
        let hub = try generatedHubFolder()
        let out = try CLIRunner.temporaryFolder("out")
        defer { try? FileManager.default.removeItem(at: hub); try? FileManager.default.removeItem(at: out) }
        let lp = out.appendingPathComponent("model.lp").path
        let result = try CLIRunner.run(["rota", "--hub", hub.path, "--month", "2027-01", "--out", out.path,
                                        "--time-limit", "5", "--write-lp", lp])
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.output.contains("Cover met:"))
        #expect(result.output.contains("Objective"))
        #expect(result.output.contains("Checker: no hard-rule violations"))
        #expect(result.output.contains("(agrees with the model)"))
        for name in ["rota.csv", "coverage.csv", "summary.csv", "rota.html"] {
            #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent(name).path), "\(name) missing")
        }
        let rota = try String(contentsOf: out.appendingPathComponent("rota.csv"), encoding: .utf8)
        #expect(rota.hasPrefix("amhp_id,name,date,shift,start,end,hours,role"))
        let coverage = try String(contentsOf: out.appendingPathComponent("coverage.csv"), encoding: .utf8)
        // 31 days × 3 shifts, plus the header.
        #expect(coverage.split(whereSeparator: \.isNewline).count == 94)
        let html = try String(contentsOf: out.appendingPathComponent("rota.html"), encoding: .utf8)
        #expect(html.contains("<table class=\"grid\">"))
        #expect(try String(contentsOfFile: lp, encoding: .utf8).contains("Minimize"))

        let check = try CLIRunner.run(["check", "--hub", hub.path, "--rota", out.appendingPathComponent("rota.csv").path])
        #expect(check.status == 0, "\(check.output)\(check.errors)")
        #expect(check.output.contains("0 hard"))
    }

    /// `amhp-rota`, the planner alone that Scripts/run builds, plans exactly as `amhp rota` does.
    @Test func thePlannerAloneWritesTheSameRotaAsAmhp() throws {
        let out = try CLIRunner.temporaryFolder("planner-alone")
        defer { try? FileManager.default.removeItem(at: out) }
        var rotas: [String] = []
        for program in ["amhp", "amhp-rota"] {
            let folder = out.appendingPathComponent(program)
            let result = try CLIRunner.run(["rota", "--hub", "Data/demo-hub", "--month", "2026-12", "--out", folder.path,
                                            "--time-limit", "20", "--iterations", "10", "--seed", "3"], program: program)
            #expect(result.status == 0, "\(program): \(result.errors)")
            rotas.append(try String(contentsOf: folder.appendingPathComponent("rota.csv"), encoding: .utf8))
        }
        #expect(rotas.count == 2 && rotas[0] == rotas[1] && !rotas[0].isEmpty)
        let refused = try CLIRunner.run(["rota", "--hub", "Data/demo-hub", "--month", "0000-01"], program: "amhp-rota")
        #expect(refused.status == 2 && refused.errors.contains("--month"))
    }

    @Test func checkListsAHandEditedViolationInWords() throws {
        let hub = try generatedHubFolder()
        defer { try? FileManager.default.removeItem(at: hub) }
        // A01 is night-only in generated hubs of this size; A05 works a night then a day straight after.
        let rota = hub.appendingPathComponent("edited.csv")
        try """
        amhp_id,date,shift,role
        A05,2027-01-04,N,
        A05,2027-01-05,D,
        A01,2027-01-06,D,
        """.write(to: rota, atomically: true, encoding: .utf8)
        let result = try CLIRunner.run(["check", "--hub", hub.path, "--rota", rota.path])
        #expect(result.status == 1)
        #expect(result.output.contains("[rest.daily]"))
        #expect(result.output.contains("[eligibility.nights]"))
        #expect(result.output.contains("cover_below_minimum"))
    }

    @Test func badInputNamesFileLineAndFieldAndWritesNothing() throws {
        let hub = try generatedHubFolder()
        let out = try CLIRunner.temporaryFolder("out").appendingPathComponent("never")
        defer { try? FileManager.default.removeItem(at: hub) }
        try "amhp_id,type,start,end,note\r\nZ99,annual,2027-01-10,2027-01-12,\r\nA02,annual,2027-01-12,2027-01-10,\r\n"
            .write(to: hub.appendingPathComponent("leave.csv"), atomically: true, encoding: .utf8)
        let result = try CLIRunner.run(["rota", "--hub", hub.path, "--month", "2027-01", "--out", out.path, "--time-limit", "2"])
        #expect(result.status == 2)
        #expect(result.errors.contains("leave.csv, line 2, field amhp_id: unknown AMHP id \"Z99\""))
        #expect(result.errors.contains("leave.csv, line 3, field end"))
        #expect(result.errors.contains("Fix:"))
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    @Test func helpNamesEveryOption() throws {
        let result = try CLIRunner.run(["rota", "--help"])
        for option in ["--hub", "--month", "--out", "--time-limit", "--gap", "--seed", "--iterations", "--write-lp", "--write-mps", "--verbose"] {
            #expect(result.output.contains(option), "help lacks \(option)")
        }
        #expect(try CLIRunner.run(["rota", "--hub", "x", "--month", "2026-13"]).status != 0)
    }
}
