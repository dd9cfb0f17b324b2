/// Standard 3.4's evidence: the AMHP workforce by each category the service records, beside the
/// community's share and the service's target. Counts from 1 to 4 are shown as "fewer than 5", and
/// so is their share, so that nothing on any page points at a person.
extension StandardsEvidenceBuilder {
    static func diversity(_ counts: [DiversityCount]) -> [StandardsEvidenceItem] {
        var categories: [String] = []
        for count in counts where !categories.contains(count.category) { categories.append(count.category) }
        return categories.map { category in
            let groups = counts.filter { $0.category == category }
            let total = groups.reduce(0) { $0 + $1.amhps }
            let below = groups.filter { group in
                guard let target = group.targetPercent, total > 0 else { return false }
                return Double(group.amhps) / Double(total) * 100 < target
            }
            let detail = groups.map { group -> String in
                var parts: [String] = []
                if let community = group.communityPercent { parts.append("residents \(NumberText.plain(community))%") }
                if let target = group.targetPercent { parts.append("target \(NumberText.plain(target))%") }
                let shown = group.isSuppressed ? "fewer than \(DiversityCount.smallestShown)"
                    : total > 0 ? "\(group.amhps) (\(NumberText.percent(Double(group.amhps) / Double(total), 0)))" : "0"
                return "\(group.group) \(shown)" + (parts.isEmpty ? "" : " against \(parts.joined(separator: ", "))")
            }.joined(separator: "; ")
            return StandardsEvidenceItem(
                standard: "3.4", key: "diversity:\(category.lowercased())", measure: "AMHPs by \(category) (counts the service records)",
                value: below.isEmpty ? "\(groups.count) groups" : "\(below.count) of \(groups.count) groups below target",
                detail: detail + ". Counts of 1 to \(DiversityCount.smallestShown - 1) are not shown.",
                source: "diversity.csv (aggregate counts only)", concern: !below.isEmpty)
        }
    }
}
