import ArgumentParser
import BenchCommands
import Foundation
import RotaReports
import Workforce

/// `amhp cover`: who could fill one shift, ranked by what it would cost the rota; or, for one cell,
/// what each choice (each shift, or off) would break or cost, as the grid's picker shows it.
public struct CoverCommand: ParsableCommand {
    public init() {}

    public static let configuration = CommandConfiguration(
        commandName: "cover",
        abstract: "Rank who could cover a shift of a rota, or show what each choice for one cell would break or cost.",
        discussion: """
        With --shift: every AMHP of the hub for that shift on --date, those who may cheapest first (the change in the \
        checker's objective, and the soft rules it strains), then those who cannot and why. With --amhp: each shift \
        and off for that AMHP on --date. Exit status: 0, or 2 when the input has errors.
        """)

    @OptionGroup var hubOptions: HubOptions

    @Option(help: "The rota CSV (columns amhp_id, date, shift; role optional).")
    var rota: String

    @Option(help: "The rota's month as YYYY-MM (default: the month of its first row).")
    var month: Month?

    @Option(help: "The date of the shift or cell, YYYY-MM-DD, in the rota's month.")
    var date: LocalDate

    @Option(help: "The shift code to cover (with --date): ranks who could take it.")
    var shift: String?

    @Option(help: "An AMHP id (with --date): what each choice for that cell would break or cost.")
    var amhp: String?

    public func validate() throws {
        if (shift == nil) == (amhp == nil) {
            throw ValidationError("Give either --shift (who can cover that shift) or --amhp (the choices for that AMHP's cell), not both or neither.")
        }
    }

    public func run() throws {
        let hub = try hubOptions.load()
        let checked: Rota
        do {
            checked = try RotaFile.read(url: URL(fileURLWithPath: rota), hub: hub, month: month)
        } catch let errors as InputErrors {
            FileHandle.standardError.write(Data("\(errors.description)\n".utf8))
            throw ExitCode(.inputError)
        }
        guard checked.month.range.contains(date) else {
            throw ValidationError("--date \(date) is not in the rota's month, \(checked.month); give a date in it.")
        }
        let evaluator = ChangeEvaluator(hub: hub, rota: checked)
        if let shift {
            guard let shiftType = hub.shiftType(shift) else {
                throw ValidationError("--shift \"\(shift)\" is not a shift code of the hub; use one of: \(hub.shiftTypes.map(\.code).joined(separator: ", ")).")
            }
            print(CoverText.options(CoverFinder(evaluator: evaluator).options(on: date, shift: shiftType), hub: hub), terminator: "")
        } else if let amhp {
            guard let person = hub.amhp(amhp) else {
                throw ValidationError("--amhp \"\(amhp)\" is not an AMHP of the hub; use an id from amhps.csv.")
            }
            print(CoverText.choices(evaluator.choices(for: person.id, on: date), amhp: person, date: date,
                                    current: checked.shift(of: person.id, on: date), hub: hub), terminator: "")
        }
    }
}
