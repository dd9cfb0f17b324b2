import ArgumentParser
import Foundation
import Service
import Storage
import Workforce

/// `amhp serve`: the web service (API, pages, solve jobs) on one port.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Run the AMHP Planner service: JSON API, OpenAPI at /openapi.json, web pages and solve jobs.",
        discussion: """
            The database is created and migrated on first start. Import a hub first (amhp import --hub DIR) and \
            add users (amhp users add). Solve jobs run `amhp rota` as a child process, so a failing solve never stops the service.
            """)

    @Option(help: "The address to listen on.")
    var hostname: String = "127.0.0.1"

    @Option(help: "The port to listen on.")
    var port: Int = 8080

    @Option(name: .customLong("planning"), help: "The folder of demand, register and training files for the sufficiency and succession pages (usually the hub folder).")
    var planning: String?

    @Option(name: .customLong("time-limit"), help: "Seconds a solve job may take when the manager does not say.")
    var timeLimit: Double = RotaRunDefaults.timeLimit

    @Option(name: .customLong("workspace"), help: "Where solve jobs keep their files (default: a folder in the system's temporary folder).")
    var workspace: String?

    @Flag(name: .customLong("no-solve-jobs"), help: "Claim no solve jobs or scenario runs in this instance (a web instance; another instance sharing the PostgreSQL database runs them).")
    var noSolveJobs = false

    @Option(name: .customLong("instance"), help: "This instance's name in job leases and the audit log (default: <hostname>-<pid>).")
    var instance: String?

    @Option(name: .customLong("job-lease"), help: "Seconds a claimed job stays this instance's without renewal; another instance re-runs it after that (2 to 3600; default 60).")
    var jobLease: Double = 60

    @Option(name: .customLong("job-concurrency"), help: "Child processes (solves, scenario runs, sufficiency, succession) run at once (1 to 64; default: cores - 1, at least 1).")
    var jobConcurrency: Int = ServiceConfiguration.defaultJobConcurrency

    @Option(name: .customLong("child-nice"), help: "How far below the service's the CPU priority of solve jobs and scenario runs is, as nice counts it (0 to 19; default 19, the lowest): web requests are served first and they use what is left.")
    var childNice: Int = ChildPriority.default.niceness

    @Option(name: .customLong("busy-child-share"), help: "The share of its time, in percent, a solve job or scenario run may run while the service is busy answering requests (200 or more a second); it is paused for the rest (0 to 100; default 10; 100 never pauses it).")
    var busyChildShare: Int = BusyChildShare.default.percent

    @Flag(name: .customLong("secure-cookies"), help: "Send the sign-in cookie over HTTPS only (behind a TLS proxy).")
    var secureCookies = false

    @Option(name: .customLong("public-url"), help: "The address staff use to reach the service (e.g. https://amhp.example.gov.uk), for calendar links; default: the Host the browser asked for.")
    var publicURL: String?

    @Option(name: .customLong("sendmail"), help: "The host's sendmail, to e-mail AMHPs the changes a new rota version makes to their shifts (default: AMHP_SENDMAIL; none when unset).")
    var sendmail: String?

    @Option(name: .customLong("metrics-token"), help: "The bearer token Prometheus must send to read /metrics (default: AMHP_METRICS_TOKEN; unset: only this machine may read it, not through a proxy).")
    var metricsToken: String?

    @Option(name: .customLong("log-format"), help: "How the log is written: text (console lines) or json (one JSON object a line).")
    var logFormat: LogFormat = .text

    @OptionGroup var databaseOptions: DatabaseOptions

    /// --sendmail, else AMHP_SENDMAIL; nil (no e-mail) when neither is set or it is empty.
    var sendmailPath: String? {
        let path = sendmail ?? ProcessInfo.processInfo.environment["AMHP_SENDMAIL"]
        return path?.isEmpty == false ? path : nil
    }

    /// --metrics-token, else AMHP_METRICS_TOKEN; nil when neither is set or it is empty.
    var metricsTokenValue: String? {
        let token = metricsToken ?? ProcessInfo.processInfo.environment["AMHP_METRICS_TOKEN"]
        return token?.isEmpty == false ? token : nil
    }

    func validate() throws {
        if let token = metricsTokenValue, let problem = MetricsTokenRule.problem(with: token) {
            throw ValidationError("--metrics-token (or AMHP_METRICS_TOKEN) \(problem)")
        }
        guard (1...65535).contains(port) else { throw ValidationError("--port must be from 1 to 65535.") }
        if let path = sendmailPath, !FileManager.default.isExecutableFile(atPath: path) {
            throw ValidationError("--sendmail (or AMHP_SENDMAIL) \(path) is not an executable file; give the path of the host's sendmail, such as /usr/sbin/sendmail, or leave it unset for no e-mail.")
        }
        guard timeLimit > 0 else { throw ValidationError("--time-limit must be a positive number of seconds.") }
        if let instance, let problem = ServiceConfiguration.problem(instanceName: instance) {
            throw ValidationError("--instance \(problem)")
        }
        guard jobLease >= 2 && jobLease <= 3600 else { throw ValidationError("--job-lease must be from 2 to 3600 seconds, such as 60.") }
        guard (1...64).contains(jobConcurrency) else { throw ValidationError("--job-concurrency must be from 1 to 64, such as 1 on a 2-core server.") }
        guard ChildPriority(niceness: childNice) != nil else { throw ValidationError("--child-nice must be from 0 to 19, such as 19; 0 runs children at the service's priority.") }
        guard BusyChildShare(percent: busyChildShare) != nil else { throw ValidationError("--busy-child-share must be a percentage from 0 to 100, such as 10; 100 never pauses children.") }
    }

    func run() async throws {
        var configuration = ServiceConfiguration(
            database: try databaseOptions.location(), hostname: hostname, port: port,
            solverExecutable: Self.executable, planningFolder: planning.map { URL(fileURLWithPath: $0) },
            defaultTimeLimit: timeLimit, runsSolveJobs: !noSolveJobs, secureCookies: secureCookies,
            publicURL: publicURL, sendmail: sendmailPath.map { URL(fileURLWithPath: $0) })
        if let workspace { configuration.workspace = URL(fileURLWithPath: workspace) }
        configuration.metricsToken = metricsTokenValue
        configuration.logFormat = logFormat
        if let instance { configuration.instanceName = instance }
        (configuration.jobLease, configuration.jobConcurrency) = (jobLease, jobConcurrency)
        if let priority = ChildPriority(niceness: childNice) { configuration.childPriority = priority }
        if let share = BusyChildShare(percent: busyChildShare) { configuration.busyChildShare = share }
        let banner = "AMHP Planner is serving at http://\(hostname):\(port)/ (database: \(configuration.database))"
        // A damaged database file (or any storage error at start) is printed with its fix, exit status 1.
        try await DatabaseFailure.reporting {
            try await PlannerService.run(configuration) {
                FileHandle.standardOutput.write(Data((banner + "\n").utf8))
            }
        }
    }

    /// This very executable, which solve jobs run as `amhp rota`.
    static var executable: URL {
        if let path = ProcessInfo.processInfo.environment["AMHP_EXECUTABLE"] { return URL(fileURLWithPath: path) }
        return URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().standardizedFileURL.absoluteURL
    }
}

extension LogFormat: ExpressibleByArgument {}
