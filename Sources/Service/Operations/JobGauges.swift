import FluentKit
import Prometheus
import Storage

/// Jobs by kind and status (`amhp_jobs{kind="solve",status="queued"}`), read from the database at
/// each scrape, so every instance reports the whole queue rather than only what it runs itself.
enum JobGauges {
    static var descriptor: MetricNameDescriptor {
        MetricNameDescriptor(namespace: "amhp", metricName: "jobs", unitName: "",
                             helpText: "Jobs in the database by kind and status, read at scrape time.")
    }
    /// Statuses always reported, 0 when none, so a queue that empties shows 0 rather than vanishing.
    static let statuses = ["queued", "running", "done", "failed", "cancelled"]

    static func update(from database: any Database, in registry: PrometheusCollectorRegistry) async throws {
        let counts = try await JobQueueCounts.read(database)
        for (kind, byStatus) in counts {
            for status in Set(statuses + byStatus.keys) {
                let count = byStatus[status] ?? 0
                registry.makeGauge(descriptor: descriptor, labels: [("kind", kind), ("status", status)]).set(Double(count))
            }
        }
    }
}
