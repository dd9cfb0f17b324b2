import Foundation
import Workforce

/// A solve job's child as asked for: `amhp rota` on the hub folder for the month, writing the rota
/// to the out folder, its result to `resultFile` (`--result-json`) and its progress as JSON lines
/// (`--progress json`), chained to the earlier months' rotas in `previousRotas` (`--previous`).
struct RotaRunRequest: Sendable, Hashable {
    let hubFolder: URL
    let month: Month
    let outFolder: URL
    let resultFile: URL
    let timeLimit: Double
    let seed: Int
    /// Rota CSVs of earlier months (`PreviousRotaFolder`).
    var previousRotas: [URL] = []

    /// The command line, in the folder the job works in.
    func childRequest(workingDirectory: URL) -> ChildJobRequest {
        ChildJobRequest(
            arguments: ["rota", "--hub", hubFolder.path, "--month", "\(month)", "--out", outFolder.path,
                        "--time-limit", String(timeLimit), "--seed", String(seed),
                        "--progress", "json", "--result-json", resultFile.path]
                + previousRotas.flatMap { ["--previous", $0.path] },
            workingDirectory: workingDirectory, resultFile: resultFile)
    }
}
