import Foundation
import Workforce
import Yams

/// The AMHP National Service Standards as Health Education England's toolkit publishes them: six
/// chapters, each with its purpose, its examples of evidence and its standards (28 in all), read
/// from `service-standards.yaml`, which holds the published text unchanged.
///
///     let standards = try ServiceStandards.published()
///     standards.standard("2.3")?.text   // "Each AMHP service should have clear contingency plans …"
public struct ServiceStandards: Sendable {
    public let chapters: [StandardsChapter]

    /// Every standard in published order.
    public var standards: [ServiceStandard] { chapters.flatMap(\.standards) }

    public func standard(_ number: String) -> ServiceStandard? { standards.first { $0.number == number } }

    /// The file the published text is kept in.
    public static let fileName = "service-standards.yaml"

    /// The published standards, read once from the module's resources.
    public static func published() throws -> ServiceStandards { try loaded.get() }

    private static let loaded: Result<ServiceStandards, InputErrors> = Result {
        guard let url = Bundle.module.url(forResource: "service-standards", withExtension: "yaml"),
              let text = try? String(contentsOf: url, encoding: .utf8) else {
            throw InputErrors([InputError(file: fileName, line: nil, field: nil, problem: "is missing from the build.",
                                          fix: "rebuild AMHP Planner from a complete checkout (Sources/Planning/Resources).")])
        }
        return try read(text)
    }.mapError { $0 as? InputErrors ?? InputErrors([InputError(file: fileName, line: nil, field: nil, problem: "\($0)", fix: "restore the file from the checkout.")]) }

    /// Reads the standards file: chapters numbered 1 onwards, each standard numbered within its
    /// chapter, no number twice, no empty text.
    static func read(_ text: String) throws -> ServiceStandards {
        let file: File
        do {
            file = try YAMLDecoder().decode(File.self, from: text)
        } catch {
            throw InputErrors([InputError(file: fileName, line: nil, field: nil, problem: "does not read: \(error)",
                                          fix: "restore the file from the checkout.")])
        }
        var problems: [InputError] = []
        var seen: Set<String> = []
        for (index, chapter) in file.chapters.enumerated() {
            if chapter.number != index + 1 {
                problems.append(InputError(file: fileName, line: nil, field: "chapters[\(index)].number",
                                           problem: "is \(chapter.number), not \(index + 1).", fix: "number the chapters 1, 2, 3 in order."))
            }
            for standard in chapter.standards {
                let parts = standard.number.split(separator: ".")
                if parts.count != 2 || parts[0] != "\(chapter.number)" || Int(parts[1]) == nil || !seen.insert(standard.number).inserted
                    || standard.text.isEmpty {
                    problems.append(InputError(file: fileName, line: nil, field: "standard \(standard.number)",
                                               problem: "is numbered outside its chapter, twice, or has no text.",
                                               fix: "restore the file from the checkout."))
                }
            }
        }
        guard problems.isEmpty else { throw InputErrors(problems) }
        return ServiceStandards(chapters: file.chapters.map { chapter in
            StandardsChapter(number: chapter.number, title: chapter.title, purpose: chapter.purpose, examples: chapter.examples,
                             standards: chapter.standards.map { ServiceStandard(number: $0.number, text: $0.text, chapter: chapter.number) })
        })
    }

    private struct File: Decodable {
        struct Chapter: Decodable {
            let number: Int
            let title: String
            let purpose: String
            let examples: [String]
            let standards: [Standard]
        }

        struct Standard: Decodable {
            let number: String
            let text: String
        }

        let chapters: [Chapter]
    }
}

/// One chapter of the standards: its title, what it is for, and the toolkit's examples of evidence.
public struct StandardsChapter: Hashable, Sendable {
    public let number: Int
    public let title: String
    /// The chapter's introduction, paragraphs separated by blank lines.
    public let purpose: String
    public let examples: [String]
    public let standards: [ServiceStandard]
}

/// One standard: its number as published (such as `4.5`; chapter 4 has no 4.4) and its text.
public struct ServiceStandard: Hashable, Sendable {
    public let number: String
    /// The text as the toolkit prints it above its table, paragraphs separated by blank lines.
    public let text: String
    public let chapter: Int
}
