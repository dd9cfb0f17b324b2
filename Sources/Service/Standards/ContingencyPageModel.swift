import Planning
import Workforce

/// The Contingency page (`/standards/contingency`): Service Standard 2.3's reserve list for a
/// month, or why there is none.
struct ContingencyPageModel: Encodable {
    struct Row: Encodable {
        let date: String
        let hours: String
        let worst: String
        let count: Int
        let names: String
        let nobody: Bool
    }

    let month: String
    let error: String?
    let rows: [Row]
    let csvLink: String
    let threshold: String

    init(month: String, reserve: ContingencyReserve?, hub: Hub?, error: String?) {
        self.month = month
        self.error = error
        threshold = NumberText.percent(ContingencyReserve.highChance, 0)
        csvLink = "/api/standards/contingency.csv?month=\(month)"
        rows = (reserve?.days ?? []).map { day in
            Row(date: day.date.description, hours: ContingencyReserve.hoursText(day.hours), worst: NumberText.percent(day.worstChance, 0),
                count: day.free.count, names: day.free.map { id in hub?.amhp(id).map { "\($0.name) (\(id))" } ?? id }.joined(separator: ", "),
                nobody: day.free.isEmpty)
        }
    }
}
