import Foundation
import NIOConcurrencyHelpers
import Vapor

/// Sends e-mail about changed shifts. `send` returns at once and never throws: a message that
/// cannot be sent is logged and counted, and never holds up or fails the publication that made it.
protocol ChangeMailer: Sendable {
    func send(_ message: MailMessage)
}

/// No e-mail: the service was given no sendmail.
struct NoMailer: ChangeMailer {
    func send(_ message: MailMessage) {}
}

/// How many messages the mailer handed over, and how many failed; read by tests and the log.
final class MailCounts: Sendable {
    private let box = NIOLockedValueBox((sent: 0, failed: 0))
    var sent: Int { box.withLockedValue { $0.sent } }
    var failed: Int { box.withLockedValue { $0.failed } }
    func recordSent() { box.withLockedValue { $0.sent += 1 } }
    func recordFailure() { box.withLockedValue { $0.failed += 1 } }
}

/// Runs the host's `sendmail -t -i` (the recipient from the To header, a lone "." not the end) as
/// a child process for each message, in a task of its own.
struct SendmailMailer: ChangeMailer {
    /// A sendmail that has not finished after this long is killed and the message counted failed.
    static let timeout: Duration = .seconds(30)

    let executable: URL
    let logger: Logger
    let counts: MailCounts

    func send(_ message: MailMessage) {
        guard let text = message.text else {
            logger.error("E-mail of rota changes not sent: a header value held a line break.")
            counts.recordFailure()
            return
        }
        let executable = executable, logger = logger, counts = counts
        Task.detached {
            do {
                let status = try await Self.run(executable, input: Data(text.utf8))
                guard status == 0 else { throw MailFailure("sendmail exited with status \(status)") }
                counts.recordSent()
            } catch {
                counts.recordFailure()
                logger.error("E-mail of rota changes to \(message.to) not sent: \(error). Check AMHP_SENDMAIL (\(executable.path)).")
            }
        }
    }

    /// Runs sendmail with `input` on its standard input; its exit status. The message goes through a
    /// private temporary file rather than a pipe, so a sendmail that exits without reading can never
    /// send the service a SIGPIPE.
    static func run(_ executable: URL, input: Data) async throws -> Int32 {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("amhp-mail-\(UUID().uuidString).eml")
        guard FileManager.default.createFile(atPath: file.path, contents: input, attributes: [.posixPermissions: 0o600]) else {
            throw MailFailure("could not write the message to \(file.path)")
        }
        defer { try? FileManager.default.removeItem(at: file) }
        let reading = try FileHandle(forReadingFrom: file)
        defer { try? reading.close() }
        let process = Process()
        process.executableURL = executable
        process.arguments = ["-t", "-i"]
        process.standardInput = reading
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        let finished = NIOLockedValueBox<Int32?>(nil)
        process.terminationHandler = { ended in finished.withLockedValue { $0 = ended.terminationStatus } }
        try process.run()
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            if let status = finished.withLockedValue({ $0 }) { return status }
            try await Task.sleep(for: .milliseconds(20))
        }
        process.terminate()
        throw MailFailure("sendmail did not finish within \(timeout)")
    }
}

struct MailFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

extension Application {
    private struct ChangeMailerKey: StorageKey {
        typealias Value = any ChangeMailer
    }

    /// How the service mails changed shifts: sendmail when the configuration names one, else none;
    /// tests set a fake.
    var changeMailer: any ChangeMailer {
        get { storage[ChangeMailerKey.self] ?? NoMailer() }
        set { storage[ChangeMailerKey.self] = newValue }
    }
}
