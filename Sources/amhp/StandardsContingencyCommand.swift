import ArgumentParser
import Foundation
import Planning
import Storage
import Workforce

/// `amhp standards contingency`: Service Standard 2.3's reserve list for a month's published rota.
struct StandardsContingencyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "contingency",
        abstract: "List the days of high demand in a month's published rota and the AMHPs free to call in (Standard 2.3).",
        discussion: """
            A day is listed when an hour has a one-in-five chance or more that assessments in progress need more AMHPs \
            than are on duty (demand from the planning folder's referrals.csv). Free: approved, not on leave or absent, \
            not rostered that day or finishing a night that morning, and able to work those hours; fewest shifts first.
            Exit status: 0 when listed, 1 when the month has no published rota, 2 when the planning folder has a problem.
            """)

    @Option(help: "The month, YYYY-MM.")
    var month: Month

    @Option(help: "The planning folder (referrals.csv, planning.yaml).")
    var planning: String

    @Flag(help: "Print CSV (date, high_demand_hours, worst_chance, free_amhps, free_ids, free_names) instead.")
    var csv = false

    @OptionGroup var databaseOptions: DatabaseOptions

    func run() async throws {
        try await databaseOptions.withDatabase { store in
            let hub = try await HubRepository(database: store.database).require()
            let rotas = RotaRepository(database: store.database)
            guard let rota = try await rotas.published(month: month)?.rota else {
                throw DatabaseFailure.report("No rota is published for \(month). Fix: publish it (amhp rotas publish), or give a month that has one.")
            }
            let earlier = try await rotas.published(month: month.previous)?.rota
            let data: PlanningData
            do {
                data = try PlanningData.load(folder: URL(fileURLWithPath: planning), hub: hub)
            } catch let errors as InputErrors {
                FileHandle.standardError.write(Data("\(errors.description)\n".utf8))
                throw ExitCode(.inputError)
            }
            guard !data.referrals.isEmpty else {
                FileHandle.standardError.write(Data("\(planning) has no referrals.csv, so demand in each hour is unknown. Fix: add it (docs/planning.md).\n".utf8))
                throw ExitCode(.inputError)
            }
            let reserve = ContingencyReserve(hub: hub, rota: rota, earlier: earlier.map { [$0] } ?? [], planning: data)
            print(csv ? reserve.csv(hub: hub) : Self.text(reserve, hub: hub), terminator: "")
        }
    }

    static func text(_ reserve: ContingencyReserve, hub: Hub) -> String {
        guard !reserve.days.isEmpty else {
            return "No hour of \(reserve.month) has a one-in-five chance or more that assessments need more AMHPs than are on duty.\n"
        }
        var lines = ["Days of high demand in \(reserve.month), with the AMHPs free to call in (fewest shifts first):"]
        for day in reserve.days {
            let names = day.free.isEmpty ? "nobody is free" : day.free.map { "\(hub.amhp($0)?.name ?? $0) (\($0))" }.joined(separator: ", ")
            lines.append("  \(day.date) \(ContingencyReserve.hoursText(day.hours)), worst \(NumberText.percent(day.worstChance, 0)): \(day.free.count) free: \(names)")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
