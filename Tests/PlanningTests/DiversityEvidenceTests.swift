import Foundation
import Testing
import Workforce
@testable import Planning

/// Standard 3.4: diversity only as the aggregate counts a service records, small counts never shown.
@Suite(.serialized) struct DiversityEvidenceTests {
    @Test func smallCountsAreNotShownAndShortfallsAgainstTargetsAreConcerns() {
        let counts = [DiversityCount(category: "ethnicity", group: "White", amhps: 30, communityPercent: 80),
                      DiversityCount(category: "ethnicity", group: "Black or Black British", amhps: 2, communityPercent: 6, targetPercent: 8),
                      DiversityCount(category: "ethnicity", group: "Asian or Asian British", amhps: 6, targetPercent: 10),
                      DiversityCount(category: "ethnicity", group: "Other", amhps: 0)]
        let items = StandardsEvidenceBuilder.diversity(counts)
        #expect(items.count == 1)
        let item = items[0]
        #expect(item.standard == "3.4" && item.key == "diversity:ethnicity")
        // 2 of 38 is 5.3%, under its 8% target; 6 of 38 is 15.8%, over its 10%.
        #expect(item.value == "1 of 4 groups below target" && item.concern)
        #expect(item.detail.contains("Black or Black British fewer than 5 against residents 6%, target 8%"))
        #expect(!item.detail.contains("Black or Black British 2"))
        #expect(item.detail.contains("White 30 (79%) against residents 80%") && item.detail.contains("Other 0"))
        #expect(item.amhpIDs.isEmpty)
        // The zero case: nothing recorded, nothing shown.
        #expect(StandardsEvidenceBuilder.diversity([]).isEmpty)
    }

    @Test func theDemoRecordsTwoCategoriesAndTheFileIsChecked() throws {
        let data = try PlanningData.load(folder: PlanningFixture.demoHub)
        #expect(Set(data.diversity.map(\.category)) == ["ethnicity", "sex"])
        let items = StandardsEvidenceBuilder.diversity(data.diversity)
        #expect(items.map(\.measure) == ["AMHPs by ethnicity (counts the service records)", "AMHPs by sex (counts the service records)"])
        #expect(items[0].detail.contains("Black or Black British fewer than 5 against residents 4.2%, target 6%"))

        let folder = try PlanningFixture.folderWithDemoHub()
        defer { try? FileManager.default.removeItem(at: folder) }
        try "category,group,amhps,community_percent\r\nsex,Female,30,51\r\nsex,female,2,\r\nsex,Male,20,140\r\nage,Under 40,,\r\n"
            .write(to: folder.appendingPathComponent("diversity.csv"), atomically: true, encoding: .utf8)
        let messages = PlanningFixture.loadProblems(folder)
        let expected = [
            "diversity.csv, line 3, field group: sex: female is already on line 2.",
            "diversity.csv, line 4, field community_percent: 140 is out of range.",
            "diversity.csv, line 5, field amhps: the value is empty.",
        ]
        PlanningFixture.expectProblems(messages, expected)
        try "category,group,amhps\r\nsex,Female,30\r\nsex,Male,20\r\n".write(to: folder.appendingPathComponent("diversity.csv"), atomically: true, encoding: .utf8)
        do {
            _ = try PlanningData.load(folder: folder)
            Issue.record("50 AMHPs in a hub of 38 were accepted")
        } catch let errors as InputErrors {
            #expect(errors.errors.map(\.description).first?.hasPrefix("diversity.csv, field amhps: the groups of sex add up to 50, more than the hub's 38 AMHPs.") == true)
        }
    }
}
