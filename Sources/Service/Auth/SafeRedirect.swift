/// Where to send someone after signing in: only a path on this site, so a crafted link cannot
/// send them elsewhere (`//evil.example`, `/\evil.example`, `/<TAB>/evil.example`, which browsers
/// read as another host) or inject a header (`/\r\nSet-Cookie: …`).
enum SafeRedirect {
    /// `next` when it is a same-origin path; `/` otherwise.
    static func path(_ next: String?) -> String {
        guard let next, next.hasPrefix("/"), next.utf8.count <= 2_000 else { return "/" }
        let second = next.dropFirst().first
        guard second != "/", second != "\\",
              !next.contains("\\"),
              // No control characters, spaces or other white space anywhere: browsers drop some of
              // them before reading the URL, and CR/LF would end the Location header.
              !next.unicodeScalars.contains(where: { $0.properties.isWhitespace || $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
        else { return "/" }
        return next
    }
}
