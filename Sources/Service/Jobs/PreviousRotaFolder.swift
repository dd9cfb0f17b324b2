import Foundation
import RotaReports
import Workforce

/// Writes the earlier months' rotas a solve job chains to (`ChainedHub.earlierRotas`) into its
/// folder as rota CSVs, one a month, for the child's `--previous`: the child then chains exactly
/// as `amhp rota --previous` does on the command line.
///
/// Rows naming an AMHP or shift the hub no longer has are left out, as `MonthChain` ignores them
/// (the command line would refuse them); a rota left with no rows is not written, since a rota
/// file with no rows has no month.
enum PreviousRotaFolder {
    /// The files written, earliest month first.
    static func write(_ rotas: [Rota], hub: Hub, to folder: URL) throws -> [URL] {
        guard !rotas.isEmpty else { return [] }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var files: [URL] = []
        for rota in rotas.sorted(by: { $0.month < $1.month }) {
            let known = rota.assignments.filter { hub.amhp($0.amhpID) != nil && hub.shiftType($0.shiftCode) != nil }
            guard !known.isEmpty else { continue }
            let file = folder.appendingPathComponent("rota-\(rota.month).csv")
            try Data(RotaFiles.rotaCSV(Rota(month: rota.month, assignments: known), hub: hub).utf8).write(to: file, options: .atomic)
            files.append(file)
        }
        return files
    }
}
