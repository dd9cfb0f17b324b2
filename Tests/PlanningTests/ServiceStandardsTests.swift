import Foundation
import Testing
import Workforce
@testable import Planning

/// The standards file against the published toolkit (seed 004, kept in Fixtures): every chapter
/// and standard as published, read here from the toolkit's own text, not from our file.
struct ServiceStandardsTests {
    /// The toolkit's standards as it prints them above each table: "N.N text" lines between the
    /// tool's heading and the references, with a following paragraph that is not a table row.
    static func publishedStandards() throws -> [(number: String, text: String)] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/hee-amhp-service-standards-toolkit.txt")
        let lines = try String(contentsOf: url, encoding: .utf8).components(separatedBy: "\n")
        guard let start = lines.firstIndex(where: { $0.trimmingCharacters(in: .whitespaces) == "The evaluation, mapping and planning tool" }),
              let end = lines[start...].firstIndex(where: { $0.trimmingCharacters(in: .whitespaces) == "References" }) else {
            throw InputErrors([])
        }
        var found: [(String, String)] = []
        let pattern = /^([1-6])\.([0-9])\.?\s+(.+)$/
        for line in lines[start..<end] {
            guard let match = line.trimmingCharacters(in: .whitespaces).wholeMatch(of: pattern) else { continue }
            found.append(("\(match.1).\(match.2)", String(match.3)))
        }
        return found
    }

    @Test func theStandardsAreExactlyThoseTheToolkitPublishes() throws {
        let published = try Self.publishedStandards()
        let ours = try ServiceStandards.published()
        #expect(published.count == 28)
        #expect(ours.standards.map(\.number) == published.map(\.number))
        for (standard, source) in zip(ours.standards, published) {
            // Our text starts with the toolkit's first paragraph, word for word.
            #expect(standard.text.hasPrefix(source.text), "standard \(standard.number)")
        }
    }

    @Test func sixChaptersAsTheToolkitTitlesThem() throws {
        let ours = try ServiceStandards.published()
        #expect(ours.chapters.map(\.title) == [
            "Local authority governance and connection to national and regional AMHP networks",
            "Governance in 24-hour AMHP services",
            "AMHP service scope",
            "AMHPs' personal, professional, physical and psychological safety",
            "Service and professional development",
            "Improving the experience of people who encounter AMHP services",
        ])
        #expect(ours.chapters.map(\.standards.count) == [4, 5, 4, 5, 6, 4])
        #expect(ours.chapters.allSatisfy { !$0.examples.isEmpty && !$0.purpose.isEmpty })
    }

    /// The toolkit numbers chapter 4 as 4.1, 4.2, 4.3, 4.5, 4.6: the numbers are kept as published.
    @Test func chapterFourKeepsItsPublishedNumbers() throws {
        let ours = try ServiceStandards.published()
        #expect(ours.standard("4.4") == nil)
        #expect(ours.standard("4.5")?.text.hasPrefix("AMHPs should have the opportunity to carry out a full range of AMHP functions") == true)
        #expect(ours.standard("2.2")?.text.contains("\n\nThis data should be shared routinely") == true)
    }

    @Test func aDamagedFileIsRefusedNamingTheStandard() {
        let text = """
            chapters:
              - number: 1
                title: One
                purpose: p
                examples: [e]
                standards:
                  - number: "2.1"
                    text: misplaced
            """
        #expect(throws: InputErrors.self) { try ServiceStandards.read(text) }
        #expect(throws: InputErrors.self) { try ServiceStandards.read("chapters: 7") }
    }
}

/// What the assessment records: evaluation and risk levels, and the change between assessments.
struct StandardsProgressTests {
    @Test func progressSaysWhichStandardsGotBetterOrWorse() throws {
        let standards = try ServiceStandards.published().standards
        let before = ["2.3": StandardRating(standard: "2.3", evaluation: .partially, risk: .high),
                      "4.1": StandardRating(standard: "4.1", evaluation: .consistently, risk: .noRisk),
                      "4.2": StandardRating(standard: "4.2", evaluation: .partially)]
        let after = ["2.3": StandardRating(standard: "2.3", evaluation: .toAGreaterExtent, risk: .medium),
                     "4.1": StandardRating(standard: "4.1", evaluation: .partially, risk: .low),
                     "5.4": StandardRating(standard: "5.4", evaluation: .notAtAll)]
        let progress = StandardsProgress(standards: standards, current: { after[$0] ?? StandardRating(standard: $0) },
                                         previous: { before[$0] ?? StandardRating(standard: $0) })
        let lines = Dictionary(uniqueKeysWithValues: progress.lines.map { ($0.standard, $0) })
        #expect(lines["2.3"]?.evaluationChange == .better)
        #expect(lines["2.3"]?.riskChange == .better)
        #expect(lines["4.1"]?.evaluationChange == .worse)
        #expect(lines["4.1"]?.riskChange == .worse)
        #expect(lines["4.2"]?.evaluationChange == .cleared)
        #expect(lines["5.4"]?.evaluationChange == .new)
        #expect(lines["1.1"]?.evaluationChange == .same)
        #expect((progress.improved, progress.worsened) == (1, 1))
    }

    @Test func aTallyOfNothingRecordedIsZero() throws {
        let standards = try ServiceStandards.published().standards
        let tally = StandardsTally(standards: standards) { StandardRating(standard: $0) }
        #expect((tally.evaluated, tally.total, tally.actions) == (0, 28, 0))
        #expect(tally.byRisk.allSatisfy { $0.1 == 0 })
    }
}
