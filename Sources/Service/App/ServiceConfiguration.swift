import Foundation
import Storage
import Workforce

/// How a service instance runs: where its data is, where it listens, and how it solves.
public struct ServiceConfiguration: Sendable {
    /// The database: an SQLite file by default, PostgreSQL for several instances.
    public var database: DatabaseLocation
    public var hostname: String
    public var port: Int
    /// The `amhp` executable that solve jobs run as a child process (`amhp rota`).
    public var solverExecutable: URL
    /// Where solve jobs write the hub they solve and the child's output; one folder per job.
    public var workspace: URL
    /// The folder of demand, register and training files the lead's sufficiency and succession
    /// pages read (usually the hub folder); nil when the service has none.
    public var planningFolder: URL?
    /// Seconds a solve may take when the manager does not say; and the most it may be given.
    public var defaultTimeLimit: Double
    public var maximumTimeLimit: Double
    /// How long a sign-in lasts.
    public var sessionLifetime: TimeInterval
    /// Whether this instance claims and runs queued solve jobs (several instances may).
    public var runsSolveJobs: Bool
    /// How often the job worker looks for queued jobs and cancellations, in seconds.
    public var pollInterval: Double
    /// This instance's name in job leases and the audit log (`amhp serve --instance`).
    public var instanceName = ServiceConfiguration.defaultInstanceName
    /// Seconds a claimed job stays this instance's without a renewal (`--job-lease`); the worker
    /// renews every third of it, and another instance re-runs the job once it runs out.
    public var jobLease: Double = 60
    /// Child processes (solves, scenario runs, sufficiency, succession) run at once (`--job-concurrency`).
    public var jobConcurrency = ServiceConfiguration.defaultJobConcurrency
    /// How far below the service's the child processes' CPU priority is (`--child-nice`).
    public var childPriority = ChildPriority.default
    /// The share of its time a solve job or scenario run may run while the service is busy
    /// answering requests (`--busy-child-share`, `BackgroundThrottle`).
    public var busyChildShare = BusyChildShare.default
    /// bcrypt cost for passwords set through the service (tests lower it).
    public var passwordCost: Int
    /// Send the sign-in cookie only over HTTPS (set behind a TLS proxy).
    public var secureCookies: Bool
    /// The address staff reach the service at (such as `https://amhp.example.gov.uk`), for links that
    /// leave the browser (calendar subscriptions); nil to take it from the request's Host header.
    public var publicURL: String?
    /// How many wrong passwords a user name, and a client address, may send before signing in is
    /// refused for a while.
    public var signInLimits: SignInLimits
    /// The host's sendmail (such as `/usr/sbin/sendmail`), run as `sendmail -t -i` to mail AMHPs
    /// the changes a new version makes to their shifts; nil for no e-mail.
    public var sendmail: URL?
    /// The bearer token Prometheus sends to read `/metrics`; nil: only this machine may, directly.
    public var metricsToken: String?
    /// How the log is written: Vapor's console lines, or JSON lines for a log collector.
    public var logFormat: LogFormat = .text

    public init(database: DatabaseLocation, hostname: String = "127.0.0.1", port: Int = 8080, solverExecutable: URL,
                workspace: URL = FileManager.default.temporaryDirectory.appendingPathComponent("amhp-jobs"),
                planningFolder: URL? = nil, defaultTimeLimit: Double = RotaRunDefaults.timeLimit, maximumTimeLimit: Double = 1800,
                sessionLifetime: TimeInterval = 10 * 3600, runsSolveJobs: Bool = true, pollInterval: Double = 1,
                passwordCost: Int = 12, secureCookies: Bool = false, publicURL: String? = nil,
                signInLimits: SignInLimits = SignInLimits(), sendmail: URL? = nil) {
        self.database = database
        self.hostname = hostname
        self.port = port
        self.solverExecutable = solverExecutable
        self.workspace = workspace
        self.planningFolder = planningFolder
        self.defaultTimeLimit = defaultTimeLimit
        self.maximumTimeLimit = maximumTimeLimit
        self.sessionLifetime = sessionLifetime
        self.runsSolveJobs = runsSolveJobs
        self.pollInterval = pollInterval
        self.passwordCost = passwordCost
        self.secureCookies = secureCookies
        self.publicURL = publicURL
        self.signInLimits = signInLimits
        self.sendmail = sendmail
    }
}

extension ServiceConfiguration {
    /// `<hostname>-<pid>`, kept to the characters an instance name may have.
    public static var defaultInstanceName: String {
        let host = ProcessInfo.processInfo.hostName.filter { $0.isASCII && ($0.isLetter || $0.isNumber || "-._".contains($0)) }
        return "\(host.prefix(40).isEmpty ? "amhp" : String(host.prefix(40)))-\(ProcessInfo.processInfo.processIdentifier)"
    }

    /// One core for the web requests, the rest for children; at least one.
    public static var defaultJobConcurrency: Int { max(1, ProcessInfo.processInfo.activeProcessorCount - 1) }

    /// Why an instance name cannot be used, or nil: 1 to 64 letters, digits, `-`, `.`, `_` or `:`.
    public static func problem(instanceName name: String) -> String? {
        let allowed = name.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "-._:".contains($0)) }
        guard (1...64).contains(name.count), allowed else {
            return "must be 1 to 64 letters, digits, '-', '.', '_' or ':' (such as web-1), not \"\(name.prefix(80))\"."
        }
        return nil
    }
}

/// The brute-force limit on signing in, after the NCSC's advice to throttle rather than lock for
/// good: ten wrong passwords for one user name in a quarter of an hour, or thirty from one client
/// address, and that name or address must wait until the oldest of them is a quarter of an hour old.
public struct SignInLimits: Sendable {
    public var window: TimeInterval
    public var perUser: Int
    public var perAddress: Int

    public init(window: TimeInterval = 15 * 60, perUser: Int = 10, perAddress: Int = 30) {
        self.window = window
        self.perUser = perUser
        self.perAddress = perAddress
    }
}
