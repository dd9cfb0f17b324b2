import Foundation
import Storage
import Vapor
import Workforce

/// `GET /calendar/{token}.ics`: an AMHP's published shifts, and those later versions took away (as
/// cancellations), as an iCalendar feed a phone or Outlook subscribes to. Calendar apps send no cookies, so the secret address is the key; it
/// opens this feed and nothing else, and the AMHP can replace it at any time.
enum CalendarFeed {
    static func register(on app: Application) {
        app.get("calendar", ":file", use: feed)
    }

    @Sendable static func feed(_ request: Request) async throws -> Response {
        let file = try request.identifier("file", limit: 128)  // a 64-digit token and ".ics"
        let stores = request.stores
        guard file.hasSuffix(".ics"),
              let user = try await stores.sessions.user(for: String(file.dropLast(4)), kind: .calendar),
              let amhpID = user.amhpID else {
            throw Abort(.notFound, reason: "This calendar address is not (or no longer) valid; make a new one on your rota page.")
        }
        let hub = try await stores.hub.require()
        let shiftEvents = try await Self.events(of: amhpID, in: stores.rotas)
        let text = ICalendar.text(name: "\(hub.rules.hubName) AMHP rota: \(user.displayName)", events: shiftEvents, hub: hub)
        // Calendar apps poll; the ETag (per user, as the feed is) lets them be told "no change" in a few bytes.
        return ConditionalGet.response(request, scope: "calendar \(user.username)", body: Data(text.utf8),
                                       contentType: HTTPMediaType(type: "text", subType: "calendar", parameters: ["charset": "utf-8"]))
    }

    /// The AMHP's events in every published month: the latest version's shifts, and the shifts an
    /// earlier version had, cancelled (`CalendarHistory`).
    static func events(of amhpID: String, in rotas: any RotaStore) async throws -> [CalendarEvent] {
        var events: [CalendarEvent] = []
        for month in try await PublishedVersions.months(rotas) {
            events += CalendarHistory.events(of: amhpID, versions: try await PublishedVersions.load(rotas, month: month))
        }
        return events
    }

    static func url(for token: String, request: Request) -> String {
        if let base = request.application.plannerConfiguration.publicURL {
            return base.trimmingCharacters(in: CharacterSet(charactersIn: "/")) + "/calendar/\(token).ics"
        }
        let host = request.headers.first(name: .host) ?? "localhost:\(request.application.plannerConfiguration.port)"
        let scheme = request.application.plannerConfiguration.secureCookies ? "https" : "http"
        return "\(scheme)://\(host)/calendar/\(token).ics"
    }
}

/// iCalendar (RFC 5545) text for shifts, in UK local time. With METHOD:PUBLISH, calendar apps
/// match each event by UID and take the copy with the higher SEQUENCE, so a changed shift is
/// updated in place and a removed one, sent as STATUS:CANCELLED, is taken off.
enum ICalendar {
    static func text(name: String, events: [CalendarEvent], hub: Hub) -> String {
        var lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//AMHP Planner//Rota//EN", "CALSCALE:GREGORIAN",
                     "METHOD:PUBLISH", "X-WR-CALNAME:\(escape(name))", "X-WR-TIMEZONE:Europe/London"]
        lines += timeZone
        for event in events {
            let assignment = event.assignment
            guard let type = hub.shiftType(assignment.shiftCode) else { continue }
            let start = assignment.date
            let end = type.crossesMidnight ? start.adding(days: 1) : start
            let role = assignment.isCoordinator ? " (coordinator)" : ""
            lines += ["BEGIN:VEVENT",
                      "UID:\(escape(event.uid))",
                      "DTSTAMP:\(utcStamp(event.stamp))",
                      "SEQUENCE:\(event.sequence)",
                      "STATUS:\(event.cancelled ? "CANCELLED" : "CONFIRMED")",
                      "DTSTART;TZID=Europe/London:\(local(start, type.start))",
                      "DTEND;TZID=Europe/London:\(local(end, type.end))",
                      "SUMMARY:\(escape((event.cancelled ? "Cancelled: " : "") + "AMHP \(type.name) shift\(role)"))",
                      "END:VEVENT"]
        }
        lines.append("END:VCALENDAR")
        return lines.map(fold).joined(separator: "\r\n") + "\r\n"
    }

    static func local(_ date: LocalDate, _ time: ClockTime) -> String {
        let digits = "\(date)".replacingOccurrences(of: "-", with: "")
        return String(format: "%@T%02d%02d00", digits, time.minutes / 60 % 24, time.minutes % 60)
    }

    static func utcStamp(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyyMMdd'T'HHmmss'Z'"
        return formatter.string(from: date)
    }

    /// A TEXT value (RFC 5545 3.3.11): backslash, semicolon and comma escaped, a line break of any
    /// kind written `\n`, and any other control character left out, so no value can end its line.
    static func escape(_ text: String) -> String {
        var result = ""
        var scalars = text.unicodeScalars.makeIterator()
        var pending = scalars.next()
        while let scalar = pending {
            pending = scalars.next()
            switch scalar {
            case "\\": result += "\\\\"
            case ";": result += "\\;"
            case ",": result += "\\,"
            case "\r":
                result += "\\n"
                if pending == "\n" { pending = scalars.next() }
            case "\n", "\u{2028}", "\u{2029}": result += "\\n"
            default:
                if !TextCheck.isForbidden(scalar, multiline: false) { result.unicodeScalars.append(scalar) }
            }
        }
        return result
    }

    /// Lines longer than 75 octets are folded (RFC 5545 3.1).
    static func fold(_ line: String) -> String {
        var result = "", count = 0
        for character in line {
            let size = String(character).utf8.count
            if count + size > 75 {
                result += "\r\n "
                count = 1
            }
            result.append(character)
            count += size
        }
        return result
    }

    /// Europe/London: GMT in winter, BST from the last Sunday of March to the last Sunday of October.
    static let timeZone = [
        "BEGIN:VTIMEZONE", "TZID:Europe/London",
        "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0000", "TZOFFSETTO:+0100", "TZNAME:BST", "DTSTART:19810329T010000",
        "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
        "BEGIN:STANDARD", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0000", "TZNAME:GMT", "DTSTART:19961027T020000",
        "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD", "END:VTIMEZONE",
    ]
}
