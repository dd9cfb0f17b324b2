/// The shift colours of every rota output, by the shift type's place in the hub's list: rota.html,
/// rota.xlsx and the service's grid (`.shift-0` … in app.css) agree.
public enum ShiftColours {
    public static let palette = ["CFE8FF", "FFE3B3", "D9C8F5", "C8F0D2", "F9D0D9", "E8E8A8", "C8EEEE", "F0D8C0"]

    /// `RRGGBB` for the shift type at `index` in the hub's list.
    public static func colour(at index: Int) -> String { palette[index % palette.count] }
}
