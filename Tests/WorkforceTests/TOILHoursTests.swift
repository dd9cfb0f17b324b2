import Testing
@testable import Workforce

@Suite struct TOILHoursTests {
    @Test func literalsAreHundredthsOfAnHour() {
        #expect((7.4 as TOILHours).hundredths == 740)
        #expect((37 as TOILHours).hundredths == 3700)
        #expect((0.29 as TOILHours).hundredths == 29)
    }

    @Test func exactlyAcceptsTwoDecimalPlacesOnly() {
        #expect(TOILHours(exactly: 7.4) == 7.4)
        #expect(TOILHours(exactly: -2.5) == TOILHours(hundredths: -250))
        #expect(TOILHours(exactly: 1.333) == nil)
        #expect(TOILHours(exactly: .infinity) == nil)
        #expect(TOILHours(exactly: .nan) == nil)
    }

    @Test func textForms() {
        #expect((7.4 as TOILHours).fixedText == "7.40")
        #expect((7.4 as TOILHours).shortText == "7.4")
        #expect((37 as TOILHours).shortText == "37")
        #expect(TOILHours(hundredths: -5).fixedText == "-0.05")
        #expect(TOILHours.zero.fixedText == "0.00")
        #expect((0.25 as TOILHours).description == "0.25 h")
    }

    /// Every quantity from −30 to +30 hours reads back from both its texts.
    @Test func everyTextReadsBack() {
        for hundredths in -3000...3000 {
            let hours = TOILHours(hundredths: hundredths)
            #expect(TOILHours(exactly: Double(hours.shortText)!) == hours, "short text \(hours.shortText)")
            #expect(TOILHours(exactly: Double(hours.fixedText)!) == hours, "fixed text \(hours.fixedText)")
            #expect(TOILHours(exactly: hours.hours) == hours)
        }
    }

    @Test func arithmeticIsExact() {
        let tenths = Array(repeating: TOILHours(0.1), count: 74)
        #expect(tenths.sum() == 7.4)
        #expect((7.4 as TOILHours) - 7.4 == .zero)
        #expect(-(2.5 as TOILHours) + 2.5 == .zero)
        #expect(TOILHours.max(1, 2) == 2)
        #expect(TOILHours.min(1, 2) == 1)
    }
}
