import Foundation
import Testing
import Workforce

/// `amhp toil add`, `balances`, `history` and `payroll` on a three-AMHP hub with a strict policy.
@Suite(.serialized) struct TOILCommandTests {
    /// The demo hub's first three AMHPs, with a 10-hour cap and a 30-day window.
    static func importSmallHub(_ runner: StorageCommandRunner) throws {
        let demo = try HubLoader.load(folder: CLIRunner.packageRoot.appendingPathComponent("Data/demo-hub"))
        var rules = demo.rules
        rules.toil = TOILPolicy(capHours: 10, windowDays: 30, bankHolidayCreditHours: 7.4, expiry: .alertOnly)
        let hub = Hub(amhps: Array(demo.amhps.prefix(3)), shiftTypes: demo.shiftTypes, coverRules: demo.coverRules, rules: rules)
        let folder = runner.folder.appendingPathComponent("hub")
        try HubWriter.write(hub, to: folder)
        let result = try runner.run(["import", "--hub", folder.path])
        #expect(result.status == 0, "\(result.errors)")
    }

    static func add(_ runner: StorageCommandRunner, _ arguments: [String], recordedOn: String) throws -> CLIRunner.Result {
        try runner.run(["toil", "add", "--recorded-by", "hr.jo", "--recorded-on", recordedOn] + arguments)
    }

    @Test func aMonthOfEntriesWithARefusalAndACorrection() throws {
        let runner = try StorageCommandRunner("toil")
        defer { runner.remove() }
        try Self.importSmallHub(runner)
        let accrued = try Self.add(runner, ["--amhp", "A01", "--kind", "accrued", "--hours", "6", "--date", "2026-10-01",
                                            "--reason", "Assessment overran", "--approved-by", "Sam (TM)"], recordedOn: "2026-10-02")
        #expect(accrued.status == 0, "\(accrued.errors)")
        #expect(accrued.output == """
            Appended E1 (ledger position 0): A01 accrued 6 h on 2026-10-01.
            A01 holds 6 h at the end of 2026-10-02 (0 h planned, 6 h available).

            """)
        #expect(try Self.add(runner, ["--amhp", "A01", "--kind", "accrued", "--hours", "5.5", "--date", "2026-10-03",
                                      "--reason", "Late assessment", "--approved-by", "Sam (TM)"], recordedOn: "2026-10-03").status == 0)

        let refused = try Self.add(runner, ["--amhp", "A01", "--kind", "taken", "--hours", "20", "--date", "2026-10-03"], recordedOn: "2026-10-03")
        #expect(refused.status == 1)
        #expect(refused.errors == "Entry E3: needs 20 h on 2026-10-03 but only 11.5 h are available then (11.5 h held, 0 h planned). "
            + "Fix: record only the hours held, record the TOIL earned first, or correct a plan that reserves them.\n")

        // Malformed input never reaches the ledger: status 2, the option named, nothing appended.
        for (arguments, option) in [(["--date", "0000-12-25", "--hours", "1"], "--date"), (["--date", "2026-10-03", "--hours", "999999999"], "--hours"),
                                    (["--date", "2026-10-03", "--hours", "1", "--approved-by", "Sam\u{1B}[2J"], "--approved-by")] {
            let malformed = try Self.add(runner, ["--amhp", "A01", "--kind", "accrued", "--reason", "x"] + arguments, recordedOn: "2026-10-03")
            #expect(malformed.status == 2 && malformed.errors.contains(option), "\(arguments): \(malformed.errors)")
        }

        let correction = try Self.add(runner, ["--kind", "correction", "--corrects", "E2", "--reason", "Keyed twice"], recordedOn: "2026-10-04")
        #expect(correction.output.hasPrefix("Appended E3 (ledger position 2): A01 correction 5.5 h on 2026-10-03."))
        let holiday = try Self.add(runner, ["--amhp", "A02", "--kind", "bank_holiday_worked", "--date", "2026-08-31"], recordedOn: "2026-10-04")
        #expect(holiday.output.hasPrefix("Appended E4 (ledger position 3): A02 bank_holiday_worked 7.4 h on 2026-08-31."), "\(holiday.errors)")
        let notAHoliday = try Self.add(runner, ["--amhp", "A02", "--kind", "bank_holiday_worked", "--date", "2026-09-01"], recordedOn: "2026-10-04")
        #expect(notAHoliday.status == 1 && notAHoliday.errors.contains("2026-09-01 is not a bank holiday"))
        #expect(try Self.add(runner, ["--amhp", "A01", "--kind", "planned", "--hours", "2", "--date", "2026-11-20"],
                             recordedOn: "2026-10-05").status == 0)

        let balances = try runner.run(["toil", "balances", "--as-of", "2026-12-31"])
        #expect(balances.status == 0, "\(balances.errors)")
        #expect(balances.output == """
            TOIL at the end of 2026-12-31, Northshire County Council AMHP Hub (cap 10 h, window 30 days, expiry alert):

            AMHP  Name              Held  Planned  Available
            A01   Helen Whitfield   6.00     2.00       4.00
            A02   Daniel Okafor     7.40     0.00       7.40
            A03   Sarah Pennington  0.00     0.00       0.00

            2 alerts:
              - A01 holds 6 h of TOIL earned more than 30 days before 2026-12-31; the oldest, earned on 2026-10-01, was due to be taken by 2026-10-31.
              - A02 holds 7.4 h of TOIL earned more than 30 days before 2026-12-31; the oldest, earned on 2026-08-31, was due to be taken by 2026-09-30.

            """)

        let history = try runner.run(["toil", "history", "--amhp", "A01"])
        #expect(history.output == """
            TOIL history of A01 (Helen Whitfield):

            Entry  Date        Kind        Hours   Held  Recorded    By     Reason
            E1     2026-10-01  accrued     +6.00   6.00  2026-10-02  hr.jo  Assessment overran (approved by Sam (TM))
            E2     2026-10-03  accrued     +5.50  11.50  2026-10-03  hr.jo  Late assessment (approved by Sam (TM)) [cancelled by E3]
            E3     2026-10-03  correction  -5.50   6.00  2026-10-04  hr.jo  Keyed twice [corrects E2]
            E5     2026-11-20  planned      0.00   6.00  2026-10-05  hr.jo

            """)

        let csv = runner.folder.appendingPathComponent("payroll.csv")
        let payroll = try runner.run(["toil", "payroll", "--month", "2026-10", "--out", csv.path])
        #expect(payroll.output == "Wrote the TOIL payroll for 2026-10 (3 AMHPs) to \(csv.path).\n")
        let bytes = try Data(contentsOf: csv)
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF], "the payroll CSV starts with the UTF-8 byte order mark")
        let period = #""=""2026-10""",2026-10-01,2026-10-31"#
        #expect(String(decoding: bytes.dropFirst(3), as: UTF8.self) == [
            "month,period_start,period_end,amhp_id,payroll_number,name,employer,opening_hours,accrued_hours,bank_holiday_hours,taken_hours,adjusted_hours,forfeited_hours,paid_out_hours,closing_hours",
            "\(period),A01,,Helen Whitfield,LA,0.00,6.00,0.00,0.00,0.00,0.00,0.00,6.00",
            "\(period),A02,,Daniel Okafor,LA,7.40,0.00,0.00,0.00,0.00,0.00,0.00,7.40",
            "\(period),A03,,Sarah Pennington,LA,0.00,0.00,0.00,0.00,0.00,0.00,0.00,0.00",
        ].map { $0 + "\r\n" }.joined())
    }

    @Test func mistakesInTheCommandAreExplained() throws {
        let runner = try StorageCommandRunner("toil-usage")
        defer { runner.remove() }
        let noHub = try runner.run(["toil", "balances"])
        #expect(noHub.status == 1 && noHub.errors.hasPrefix("No hub has been imported into the database."))
        try Self.importSmallHub(runner)
        let kind = try runner.run(["toil", "add", "--amhp", "A01", "--kind", "overtime", "--hours", "1"])
        #expect(kind.status != 0 && kind.errors.contains("--kind overtime is not a kind of entry"))
        let hours = try runner.run(["toil", "add", "--amhp", "A01", "--kind", "taken", "--hours", "1.333"])
        #expect(hours.status != 0 && hours.errors.contains("at most two decimal places"))
        let unknown = try runner.run(["toil", "add", "--amhp", "Z99", "--kind", "taken", "--hours", "1"])
        #expect(unknown.status == 1 && unknown.errors.contains("Z99 is not an AMHP of this hub."))
        let history = try runner.run(["toil", "history", "--amhp", "a01"])
        #expect(history.status == 1 && history.errors.contains("a01 is not an AMHP of this hub."))
    }

    @Test func theToilCommandsListThemselves() throws {
        let help = try CLIRunner.run(["toil", "--help"])
        #expect(help.output.contains("""
            SUBCOMMANDS:
              balances                Print every AMHP's TOIL held, planned and available
                                      on a day, and the policy's alerts.
              add                     Append one entry to the TOIL ledger.
              history                 Print one AMHP's TOIL entries in date order, with a
                                      running total of hours held.
              payroll                 Write the month's TOIL figures per AMHP as CSV for
                                      payroll.
              months                  Write the ledger's TOIL by AMHP and month
                                      (toil_by_month.csv) for sufficiency planning.
              repair                  List the TOIL ledger entries that stop it loading, or
                                      set one aside with a void.
            """))
    }

}
