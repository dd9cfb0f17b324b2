import Vapor

/// The `/scenarios` form as posted (multipart, for the upload): every field as text, so a refused
/// form is shown again exactly as the lead filled it in.
struct ScenarioForm: Content {
    var month: String?
    var timeLimit: String?
    var seed: String?
    var seeds: String?
    var files: [String]?
    /// A scenario typed or pasted into the box.
    var yaml: String?
    /// A scenario file uploaded from the lead's computer.
    var upload: File?

    enum CodingKeys: String, CodingKey {
        case month, timeLimit = "time_limit", seed, seeds, files, yaml, upload
    }

    /// The scenarios sent as YAML: the box's and the upload's, when not empty.
    var texts: [String] {
        var texts: [String] = []
        if let yaml, !yaml.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { texts.append(yaml) }
        if let upload, upload.data.readableBytes > 0 { texts.append(String(buffer: upload.data)) }
        return texts
    }
}
