/// Words the standards' API, pages and CSV share.
enum StandardsText {
    static let source = "Health Education England, Approved Mental Health Professional (AMHP) National Service Standards: "
        + "Evaluation, Mapping and Planning Toolkit (part of the National Workforce Plan for AMHPs, DHSC 2019)."
}
