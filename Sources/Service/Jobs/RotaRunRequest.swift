import Foundation
import Workforce

/// A solve job's child as asked for: `amhp rota` on the hub folder for the month (or, for a
/// re-plan, `amhp replan` of the published rota from a date), writing the rota to the out folder,
/// its result to `resultFile` (`--result-json`) and its progress as JSON lines (`--progress json`);
/// with `--pins` when the job keeps pinned cells, chained to the earlier months' rotas in
/// `previousRotas` (`--previous`).
struct RotaRunRequest: Sendable, Hashable {
    /// What `amhp replan` is given: the published rota as rota.csv, and the first day that may change.
    struct Replan: Sendable, Hashable {
        let rotaFile: URL
        let from: LocalDate
    }

    let hubFolder: URL
    let month: Month
    let outFolder: URL
    let resultFile: URL
    let timeLimit: Double
    let seed: Int
    /// `--iterations`, for a solve that repeats exactly.
    var iterations: Int? = nil
    /// Rota CSVs of earlier months (`PreviousRotaFolder`).
    var previousRotas: [URL] = []
    /// `pins.csv`, when the job has pins.
    var pinsFile: URL? = nil
    var replan: Replan? = nil

    /// The command line, in the folder the job works in.
    func childRequest(workingDirectory: URL) -> ChildJobRequest {
        var arguments: [String]
        if let replan {
            arguments = ["replan", "--hub", hubFolder.path, "--rota", replan.rotaFile.path, "--from", replan.from.description]
        } else {
            arguments = ["rota", "--hub", hubFolder.path, "--month", "\(month)"]
        }
        if let pinsFile { arguments += ["--pins", pinsFile.path] }
        arguments += ["--out", outFolder.path, "--time-limit", String(timeLimit), "--seed", String(seed),
                      "--progress", "json", "--result-json", resultFile.path]
        if let iterations { arguments += ["--iterations", String(iterations)] }
        arguments += previousRotas.flatMap { ["--previous", $0.path] }
        return ChildJobRequest(arguments: arguments, workingDirectory: workingDirectory, resultFile: resultFile)
    }
}

/// `pins.csv` as `amhp rota --pins` reads it: `amhp_id,date,shift`, an empty shift meaning "off".
enum PinsCSVText {
    static func csv(_ pins: [Pin]) -> String {
        CSVText.make(header: ["amhp_id", "date", "shift"], rows: pins.map { [$0.amhpID, $0.date.description, $0.shiftCode ?? ""] })
    }
}
