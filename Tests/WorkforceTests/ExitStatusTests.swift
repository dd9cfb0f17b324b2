import Testing
import Workforce

/// The exit statuses scripts and the service rely on: fixed numbers, documented in README.md.
@Suite struct ExitStatusTests {
    @Test func statusesKeepTheirNumbers() {
        #expect(ExitStatus.allCases.map(\.rawValue) == [0, 1, 2, 3])
        #expect(ExitStatus(code: 2) == .inputError && ExitStatus(code: 3) == .solverBug)
        #expect(ExitStatus(code: 64) == nil, "the argument parser's own usage code is never one of ours")
    }
}

extension ExitStatusTests {
    @Test func everyCodeMapsBackToItsStatus() {
        for status in ExitStatus.allCases { #expect(ExitStatus(code: status.rawValue) == status) }
        for code: Int32 in [-1, 4, 9, 15, 64, 137, 255] { #expect(ExitStatus(code: code) == nil, "\(code)") }
    }
}
