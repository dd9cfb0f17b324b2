import Foundation
import Testing
@testable import Workforce

/// A small, valid hub folder written to a temporary directory, for tests that break one file at a time.
///
/// Two AMHPs and a trainee (Amy, an LA senior AMHP and practice educator; Beth, an NHS nurse who
/// does not work nights; Tara, Amy's trainee), day and night shifts, and one row in every optional file.
///
///     let errors = TemporaryHub.loadErrors(replacing: ["leave.csv": "amhp_id,type,start,end\nZ9,annual,2026-12-01,2026-12-02\n"])
struct TemporaryHub {
    static let files: [String: String] = [
        "amhps.csv": """
            id,name,employer,profession,grade,approval_start,approval_end,fte,nhs_shifts_per_month,coordinate_days,coordinate_nights,nights,practice_educator,educator_id
            A1,Amy Ashford,LA,social_worker,Senior AMHP,2024-01-01,2028-12-31,1.0,,yes,yes,yes,yes,
            B1,Beth Barker,Northshire Partnership NHS Foundation Trust,nurse,AMHP,2025-03-01,2030-02-28,,3,no,no,no,no,
            T1,Tara Trent,LA,social_worker,Trainee AMHP,,,0.5,,no,no,no,no,A1

            """,
        "shifts.csv": """
            code,name,start,end,night
            D,Day,09:00,17:00,no
            N,Night,21:00,09:00,yes

            """,
        "cover.csv": """
            day_type,shift,minimum,target,coordinator,second_worker
            weekday,D,2,3,yes,no
            weekday,N,2,2,yes,no
            saturday,D,2,2,yes,no
            saturday,N,2,2,yes,no
            sunday,D,2,2,yes,no
            sunday,N,2,2,yes,no
            bank_holiday,D,2,2,yes,no
            bank_holiday,N,2,2,yes,no

            """,
        "rules.yaml": """
            hub:
              name: Test hub
              standard_week_hours: 37

            """,
        "leave.csv": """
            amhp_id,type,start,end,note
            A1,annual,2026-12-24,2026-12-29,Christmas

            """,
        "requests.csv": """
            amhp_id,date,shift,preference,weight,note
            B1,2026-12-25,,avoid,8,Christmas Day

            """,
        "toil.csv": """
            amhp_id,balance_hours,plan_back_hours,note
            A1,10,7.4,

            """,
        "history.csv": """
            amhp_id,months,nights,weekend_shifts,bank_holiday_shifts,worked_last_festive
            A1,11,12,30,2,yes

            """,
        "carry_in.csv": """
            amhp_id,date,shift
            A1,2026-11-30,N

            """,
    ]

    let folder: URL

    /// Writes the valid hub with some files replaced and some left out.
    init(replacing replacements: [String: String] = [:], removing removed: Set<String> = []) throws {
        folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("amhp-hub-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for (name, text) in Self.files.merging(replacements, uniquingKeysWith: { $1 }) where !removed.contains(name) {
            try Data(text.utf8).write(to: folder.appendingPathComponent(name))
        }
    }

    func load() throws -> Hub {
        defer { try? FileManager.default.removeItem(at: folder) }
        return try HubLoader.load(folder: folder)
    }

    /// The errors the loader reports for the changed hub; records an issue if it loads.
    static func loadErrors(replacing replacements: [String: String] = [:], removing removed: Set<String> = [],
                           sourceLocation: SourceLocation = #_sourceLocation) -> [InputError] {
        do {
            _ = try TemporaryHub(replacing: replacements, removing: removed).load()
            Issue.record("the hub loaded, but errors were expected", sourceLocation: sourceLocation)
            return []
        } catch let errors as InputErrors {
            return errors.errors
        } catch {
            Issue.record("unexpected error \(error)", sourceLocation: sourceLocation)
            return []
        }
    }
}

extension Array where Element == InputError {
    /// The first error in a file (and, if given, at a field), for assertions about where it points.
    func first(in file: String, field: String? = nil) -> InputError? {
        first { $0.file == file && (field == nil || $0.field == field) }
    }
}
