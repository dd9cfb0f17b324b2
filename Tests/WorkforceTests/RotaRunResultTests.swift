import Foundation
import Testing
import Workforce

/// The typed boundary between `amhp rota` and the service: its result file and progress lines.
@Suite struct RotaRunResultTests {
    static func sample(hard: Int = 0, exit: Workforce.ExitStatus = .success) -> RotaRunResult {
        RotaRunResult(
            month: "2026-12",
            status: .init(code: "time_limit_with_solution", words: "feasible, time limit reached (see gap)", glpk: "TIME LIMIT EXCEEDED"),
            objective: 1234.5, bound: 1100, gap: 0.1089, penalties: ["cover_below_minimum": 1000, "requests_missed": 234.5],
            check: .init(hardViolations: hard, softViolations: 12, objective: 1234.5, penalties: ["cover_below_minimum": 1000, "requests_missed": 234.5],
                         agrees: true, coverMetFraction: 0.97),
            timings: .init(build: 0.4, solve: 5.01, check: 0.05), seed: 7, timeLimit: 5, requestedGap: 0.005,
            files: .init(rotaCSV: "/tmp/out/rota.csv", coverageCSV: "/tmp/out/coverage.csv", summaryCSV: "/tmp/out/summary.csv",
                         rotaHTML: "/tmp/out/rota.html"),
            exitStatus: exit)
    }

    @Test func aResultRoundTripsWithSnakeCaseKeys() throws {
        let result = Self.sample()
        let data = try result.encoded()
        #expect(try RotaRunResult.decode(data) == result)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(Set(object.keys) == ["version", "month", "status", "objective", "bound", "gap", "penalties", "check", "timings", "seed",
                                     "time_limit", "requested_gap", "files", "exit_status"])
        #expect((object["check"] as? [String: Any])?["hard_violations"] as? Int == 0)
        #expect((object["files"] as? [String: Any])?["rota_csv"] as? String == "/tmp/out/rota.csv")
        #expect(result.disagreeingRules.isEmpty)
    }

    @Test func aResultThatDoesNotReadIsRefusedNamingTheField() throws {
        var object = try #require(try JSONSerialization.jsonObject(with: try Self.sample().encoded()) as? [String: Any])
        func refusal(_ change: (inout [String: Any]) -> Void) throws -> RotaRunResult.ReadError? {
            var changed = object
            change(&changed)
            do {
                _ = try RotaRunResult.decode(try JSONSerialization.data(withJSONObject: changed))
                return nil
            } catch let error as RotaRunResult.ReadError {
                return error
            }
        }
        #expect(try refusal { $0["month"] = nil }?.field == "month")
        #expect(try refusal { $0["objective"] = "1234" }?.field == "objective")
        #expect(try refusal { $0["version"] = 2 }?.field == "version")
        #expect(try refusal { $0["exit_status"] = 64 }?.field == "exit_status")
        #expect(try refusal { $0["check"] = ["hard_violations": 0] }?.field.hasPrefix("check.") == true)
        #expect(try refusal { $0["timings"] = ["build": 1, "solve": "fast", "check": 0] }?.field == "timings.solve")
        #expect(try refusal { $0["bound"] = NSNull() } == nil, "no bound is allowed")
        object["gap"] = nil
        #expect(try RotaRunResult.decode(try JSONSerialization.data(withJSONObject: object)).gap == nil)
        for text in ["", "[]", "null", "{", String(repeating: "x", count: 10)] {
            #expect(throws: RotaRunResult.ReadError.self) { try RotaRunResult.decode(Data(text.utf8)) }
        }
    }

    @Test func progressLinesRoundTripAndOtherLinesAreNot() throws {
        let progress = RotaProgress(elapsed: 2.5, phase: .branchAndCut, incumbent: 500, bound: 400)
        #expect(progress.gap == 0.2)
        #expect(!progress.jsonLine.contains("\n"))
        #expect(RotaProgress(line: progress.jsonLine) == progress)
        #expect(progress.jsonLine.contains(#""phase":"branch_and_cut""#))
        #expect(progress.text == "[2.5 s] branch and cut, incumbent 500, bound 400, gap 20%")
        #expect(RotaProgress(elapsed: 0.12, phase: .model, message: "model built: 10 variables, 4 rows").text == "[0.12 s] model built: 10 variables, 4 rows")
        for line in ["", "Objective 12", "[1.2 s] model built", "{", #"{"elapsed":1}"#, #"{"elapsed":-1,"phase":"model"}"#,
                     #"{"elapsed":1,"phase":"dancing"}"#, "[]", #"{"elapsed":"1","phase":"model"}"#] {
            #expect(RotaProgress(line: line) == nil, "\(line)")
        }
        #expect(RotaProgress.gap(incumbent: nil, bound: 3) == nil && RotaProgress.gap(incumbent: 0, bound: 0) == 0)
    }

    @Test func progressCarriesTheSoftBreachesLeftWhenKnown() throws {
        let progress = RotaProgress(elapsed: 4, phase: .search, incumbent: 412, bound: 395, breaches: 12)
        #expect(progress.jsonLine.contains(#""breaches":12"#))
        #expect(RotaProgress(line: progress.jsonLine) == progress)
        #expect(progress.text == "[4 s] search, incumbent 412, bound 395, gap 4.13%, 12 soft breaches")
        // A line from before the key existed still reads, without it; a negative count is not progress.
        #expect(RotaProgress(line: #"{"elapsed":1,"phase":"greedy","incumbent":9}"#)?.breaches == nil)
        #expect(RotaProgress(line: #"{"elapsed":1,"phase":"greedy","breaches":-2}"#) == nil)
        #expect(!RotaProgress(elapsed: 1, phase: .model).jsonLine.contains("breaches"))
    }

    @Test func theDefaultsAreNamedOnce() {
        #expect(RotaRunDefaults.timeLimit == 60 && RotaRunDefaults.seed == 1)
    }
}
