/// The professions that may be approved as AMHPs (MHA 1983 s.114; the 2008 Approval Regulations).
public enum Profession: String, CaseIterable, Sendable, Hashable {
    case socialWorker = "social_worker"
    case nurse
    case occupationalTherapist = "occupational_therapist"
    case psychologist

    public var displayName: String {
        switch self {
        case .socialWorker: "Social worker"
        case .nurse: "Nurse"
        case .occupationalTherapist: "Occupational therapist"
        case .psychologist: "Psychologist"
        }
    }
}
