import Foundation
import RotaReports
import Storage
import Workforce

/// What a re-solve or re-plan job gives its child beside the hub: the pins as `pins.csv`, and for a
/// re-plan the published rota as `published.csv` (`RotaFiles.rotaCSV`, as `amhp check` reads it).
enum JobStartingPoint {
    /// Writes the job's starting files into `folder` and names them in `request`.
    ///
    /// - Throws: `StorageError.unknownRota` when the rota to re-plan has gone.
    static func write(_ parameters: SolveJobParameters, hub: Hub, into folder: URL, request: inout RotaRunRequest,
                      rotas: RotaRepository) async throws {
        if !parameters.pins.isEmpty {
            let file = folder.appendingPathComponent("pins.csv")
            try Data(PinsCSVText.csv(parameters.pins).utf8).write(to: file)
            request.pinsFile = file
        }
        if let from = parameters.replanFrom, let rotaID = parameters.rotaID {
            guard let base = try await rotas.rota(id: rotaID) else { throw StorageError.unknownRota(rotaID) }
            let file = folder.appendingPathComponent("published.csv")
            try Data(RotaFiles.rotaCSV(base.rota, hub: hub).utf8).write(to: file)
            request.replan = RotaRunRequest.Replan(rotaFile: file, from: from)
        }
    }

    /// A re-plan's draft is based on the rota it re-planned, and publishes as kind `replan`.
    static func origin(of parameters: SolveJobParameters) -> DraftOrigin? {
        guard let from = parameters.replanFrom, let rotaID = parameters.rotaID else { return nil }
        return DraftOrigin(basedOn: rotaID, kind: .replan, reason: "Re-planned from \(from)")
    }
}
