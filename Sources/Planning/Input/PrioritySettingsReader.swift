import Foundation
import Workforce
import Yams

/// Reads planning.yaml's `priorities:` list, the referral classes in the order they are served:
///
///     priorities:
///       - {name: s136, label: Section 136 (police), sources: [s136], within_hours: 4, share: 0.9}
///       - {name: community, label: Community, sources: [], within_hours: 24}
///
/// A class without `within_hours` takes `response.within_hours`, filled in once the whole file is read.
enum PrioritySettingsReader {
    static let path = "priorities"
    static let mostClasses = 8
    static let mostSources = 20

    static func read(_ node: Node, reader: inout NodeReader) -> [(PriorityClass, hasOwnHours: Bool)] {
        let items = reader.items(node, path)
        guard items.count <= mostClasses else {
            reader.fail(node, path, "\(items.count) classes; at most \(mostClasses) are allowed.", fix: "merge classes that share a target.")
            return []
        }
        var classes: [(PriorityClass, hasOwnHours: Bool)] = []
        for (index, item) in items.enumerated() {
            let here = "\(path)[\(index)]"
            guard let read = readClass(item, here, reader: &reader) else { continue }
            if classes.contains(where: { $0.0.name == read.0.name }) {
                reader.fail(item, "\(here).name", "\"\(read.0.name)\" names two classes.", fix: "give each class its own name.")
                continue
            }
            if read.0.sources.isEmpty && index != items.count - 1 {
                reader.fail(item, "\(here).sources", "only the last class may have no sources (it takes every referral no class names).",
                            fix: "list the texts of the referral sources this class takes, e.g. sources: [s136].")
                continue
            }
            classes.append(read)
        }
        return classes
    }

    private static func readClass(_ item: Node, _ here: String, reader: inout NodeReader) -> (PriorityClass, hasOwnHours: Bool)? {
        var name: String?, label: String?, sources: [String] = [], within: Double?, share: Double?
        for (key, value) in reader.entries(item, here, known: ["name", "label", "sources", "within_hours", "share"]) {
            let field = "\(here).\(key)"
            switch key {
            case "name": name = reader.string(value, field)
            case "label": label = reader.string(value, field)
            case "within_hours": within = reader.number(value, field, in: 0.1...72)
            case "share": share = reader.number(value, field, in: 0.5...0.999)
            default:
                let values = reader.items(value, field)
                if values.count > mostSources {
                    reader.fail(value, field, "\(values.count) sources; at most \(mostSources) are allowed.", fix: "list the shortest texts that tell the sources apart.")
                    continue
                }
                sources = values.compactMap { reader.string($0, field) }.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            }
        }
        guard let name else {
            reader.fail(item, "\(here).name", "a class needs a name.", fix: "write e.g. \"- {name: s136, sources: [s136], within_hours: 4}\".")
            return nil
        }
        guard name.count <= 30, name.allSatisfy({ ($0.isLetter && $0.isLowercase && $0.isASCII) || $0.isNumber || $0 == "_" }) else {
            reader.fail(item, "\(here).name", "\"\(name)\" is not a short key.", fix: "use up to 30 lower-case letters, digits and underscores, e.g. s136.")
            return nil
        }
        let hours = within ?? 0
        return (PriorityClass(name: name, label: label ?? name, sources: sources, withinHours: hours, share: share), within != nil)
    }
}
