import Storage
import Workforce

/// The manager's /swaps page (`swaps.leaf`).
struct SwapsPageView: Encodable {
    struct Finding: Encodable {
        let rule: String
        let message: String
    }

    /// A swap waiting for approval, with what the checker finds.
    struct Waiting: Encodable {
        let line: SwapLine
        let hard: [Finding]
        let soft: [Finding]
        let stale: String?
        let version: String
        let note: String

        init(_ swap: SwapRecord, findings: SwapFindings, hub: Hub, note: String) {
            line = SwapLine(swap, hub: hub)
            hard = findings.hard.map { Finding(rule: $0.rule, message: $0.message) }
            soft = findings.soft.map { Finding(rule: $0.rule, message: $0.message) }
            stale = findings.stale
            version = findings.version.map { "version \($0)" } ?? "no published version"
            self.note = note
        }
    }

    var waiting: [Waiting] = []
    var open: [SwapLine] = []
    var decided: [SwapLine] = []
    var error: String?
    var problems: [Problem] = []
    var failedID: String?
}
