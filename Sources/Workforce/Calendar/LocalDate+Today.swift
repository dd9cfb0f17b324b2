import Foundation

extension LocalDate {
    /// The date a moment falls on in `timeZone` (by its offset at that moment, summer time included).
    public init(moment: Date, timeZone: TimeZone) {
        let seconds = moment.timeIntervalSince1970 + Double(timeZone.secondsFromGMT(for: moment))
        self.init(dayNumber: Int((seconds / 86_400).rounded(.down)))
    }

    /// Today in `timeZone` (by default this machine's).
    public static func today(in timeZone: TimeZone = .current) -> LocalDate {
        LocalDate(moment: Date(), timeZone: timeZone)
    }
}
