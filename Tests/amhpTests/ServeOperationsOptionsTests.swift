import Foundation
import Testing

/// `amhp serve`'s operations options are checked before anything starts: a weak metrics token or an
/// unknown log format exits 2 naming the option and the fix.
@Suite struct ServeOperationsOptionsTests {
    @Test func aShortMetricsTokenIsRefusedWithTheFix() throws {
        let result = try CLIRunner.run(["serve", "--port", "18741", "--metrics-token", "short", "--database", "/nonexistent/x.sqlite"])
        #expect(result.status == 2, "\(result.status): \(result.errors)")
        #expect(result.errors.contains("--metrics-token") && result.errors.contains("openssl rand -hex 32"), "\(result.errors)")
    }

    @Test func anUnknownLogFormatIsRefused() throws {
        let result = try CLIRunner.run(["serve", "--port", "18742", "--log-format", "xml", "--database", "/nonexistent/x.sqlite"])
        #expect(result.status == 2)
        #expect(result.errors.contains("--log-format") && result.errors.contains("json"), "\(result.errors)")
    }
}
