import Storage
import Workforce

/// Where a solve job has got to, in words a manager understands, with a share of the way done for
/// a progress bar: made from the job's status and the solver's latest progress (`RotaProgress`),
/// never from GLPK's own log.
///
///     SolveStage(status: .running, progress: RotaProgress(elapsed: 30, phase: .search, incumbent: 412, bound: 395, breaches: 12),
///                timeLimit: 60).text   // "Improving: 12 soft breaches left; within 5% of the best possible."
struct SolveStage: Hashable, Sendable {
    /// The stages in the order they come, as the API names them (`stage`).
    enum Code: String, CaseIterable, Sendable {
        /// Queued: another job is running, or the worker has not picked it up yet.
        case waiting
        /// The model is built and a first rota that keeps every hard rule is looked for.
        case firstRota = "first_rota"
        /// GLPK and the neighbourhood search improve the rota until the time limit.
        case improving
        /// The independent checker re-checks the rota.
        case checking
        /// The rota is written and saved as a draft.
        case saving
        case done
        case failed
        case cancelled
    }

    let code: Code
    /// One sentence: "Waiting to start.", "Improving: 12 soft breaches left; within 4% of the best possible."
    let text: String
    /// 0 to 100: how far along the job is (by stage, and within the improving stage by time).
    let percent: Int

    init(status: SolveJobStatus, progress: RotaProgress?, timeLimit: Double) {
        switch status {
        case .queued: (code, text, percent) = (.waiting, "Waiting to start.", 0)
        case .done: (code, text, percent) = (.done, "Done: the draft is saved.", 100)
        case .failed: (code, text, percent) = (.failed, "Stopped: the job failed.", 0)
        case .cancelled: (code, text, percent) = (.cancelled, "Cancelled.", 0)
        case .running: self = Self.running(progress, timeLimit: timeLimit)
        }
    }

    private init(code: Code, text: String, percent: Int) {
        (self.code, self.text, self.percent) = (code, text, percent)
    }

    private static func running(_ progress: RotaProgress?, timeLimit: Double) -> SolveStage {
        guard let progress else { return SolveStage(code: .firstRota, text: "Finding a first rota.", percent: 2) }
        switch progress.phase {
        case .model, .greedy:
            return SolveStage(code: .firstRota, text: "Finding a first rota.", percent: 5)
        case .branchAndCut, .search:
            // The solver improves until its time limit, so the time used is the honest measure of the way done.
            let share = timeLimit > 0 ? min(max(progress.elapsed / timeLimit, 0), 1) : 0
            return SolveStage(code: .improving, text: improving(progress), percent: 10 + Int((share * 80).rounded(.down)))
        case .check:
            return SolveStage(code: .checking, text: "Checking the rota.", percent: 92)
        case .done:
            return SolveStage(code: .saving, text: "Saving the draft.", percent: 97)
        }
    }

    /// "Improving: 12 soft breaches left; within 4% of the best possible." Says so when either is
    /// not known yet, rather than guessing.
    static func improving(_ progress: RotaProgress) -> String {
        let breaches = progress.breaches.map { count in
            count == 0 ? "no soft breaches left" : "\(count) soft \(count == 1 ? "breach" : "breaches") left"
        } ?? "the rota's soft breaches are not counted yet"
        return "Improving: \(breaches); \(distance(gap: progress.gap))."
    }

    /// How far the rota may be from the best possible, from the solver's relative gap.
    static func distance(gap: Double?) -> String {
        guard let gap, gap.isFinite, gap >= 0 else { return "how close it is to the best possible is not known yet" }
        if gap < 0.000_5 { return "proven the best possible" }
        let percent = Int((gap * 100).rounded(.up))
        return "within \(percent)% of the best possible"
    }
}
