import FluentKit
import Metrics
import Prometheus
import Vapor

/// The process's metrics: swift-metrics bootstrapped with a Prometheus registry, which `/metrics`
/// writes out. swift-metrics may be bootstrapped only once per process, and the tests build many
/// Applications in one, so the registry is made (and the bootstrap done) on first use.
enum ServiceMetrics {
    static let registry: PrometheusCollectorRegistry = {
        let registry = PrometheusCollectorRegistry()
        var factory = PrometheusMetricsFactory(registry: registry)
        // Solves take seconds to half an hour; the default buckets stop at 10 s.
        factory.durationHistogramBuckets[SolveMetrics.durationLabel] = [1, 5, 15, 30, 60, 120, 300, 600, 1200, 1800].map(Duration.seconds)
        factory.durationHistogramBuckets[HTTPMetrics.durationLabel] = [
            .milliseconds(1), .milliseconds(2), .milliseconds(5), .milliseconds(10), .milliseconds(25), .milliseconds(50),
            .milliseconds(100), .milliseconds(250), .milliseconds(500), .seconds(1), .milliseconds(2500), .seconds(5), .seconds(10),
        ]
        MetricsSystem.bootstrap(factory)
        return registry
    }()

    /// Makes sure the bootstrap has happened, before the first request records anything.
    static func start() {
        _ = registry
    }

    /// The registry in Prometheus's text format, with the job gauges read from the database first.
    static func exposition(database: (any Database)?) async throws -> String {
        if let database { try await JobGauges.update(from: database, in: registry) }
        return registry.emitToString()
    }
}

/// The request metrics `RequestLog` records, by route pattern and status class.
enum HTTPMetrics {
    static let countLabel = "amhp_http_requests_total"
    static let durationLabel = "amhp_http_request_duration_seconds"

    static func record(route: RouteLabel, status: HTTPResponseStatus, elapsed: Duration) {
        let dimensions = [("method", route.method), ("route", route.pattern), ("status", "\(status.code / 100)xx")]
        Counter(label: countLabel, dimensions: dimensions).increment()
        Timer(label: durationLabel, dimensions: dimensions, preferredDisplayUnit: .seconds).recordNanoseconds(elapsed.nanoseconds)
    }
}

/// The solve-duration timer's name, which the job worker records with an `outcome` dimension.
enum SolveMetrics {
    static let durationLabel = "amhp_solve_duration_seconds"
}
