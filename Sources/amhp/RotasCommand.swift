import ArgumentParser
import Foundation
import Storage
import Workforce

/// `amhp rotas`: the rotas kept in the database.
struct RotasCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rotas",
        abstract: "Look at the rotas kept in the database.",
        subcommands: [RotaVersionsCommand.self])
}

/// `amhp rotas versions --month`: a month's published versions, what made each, who and why.
struct RotaVersionsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "versions",
        abstract: "Print a month's published rota versions: number, kind of change, who, when and why.",
        discussion: "The current version is marked *; the others were superseded by a later one.")

    @Option(help: "The month, YYYY-MM.")
    var month: Month

    @OptionGroup var databaseOptions: DatabaseOptions

    func run() async throws {
        try await databaseOptions.withDatabase { store in
            let versions = try await RotaRepository(database: store.database).versions(month: month)
            print(Self.report(versions, month: month), terminator: "")
        }
    }

    static func report(_ versions: [RotaRecord], month: Month) -> String {
        guard !versions.isEmpty else { return "\(month) has no published rota.\n" }
        let time = ISO8601DateFormatter()
        var rows = [["Version", "Kind", "By", "When", "Why", "Rota id"]]
        for record in versions {
            rows.append(["\(record.version ?? 0)\(record.status == .published ? "*" : "")", record.changeKind?.rawValue ?? "",
                         record.publishedBy ?? record.createdBy, record.publishedAt.map(time.string) ?? "",
                         record.changeReason ?? "", record.id.uuidString])
        }
        return "Versions of the \(month) rota (* current):\n\n" + TOILText.table(rows) + "\n"
    }
}
