/// The order employers are listed in: the local authority first, then NHS trusts by name.
public enum EmployerOrder {
    public static func precedes(_ left: String, _ right: String) -> Bool {
        let leftIsLA = left == "LA", rightIsLA = right == "LA"
        if leftIsLA != rightIsLA { return leftIsLA }
        return left < right
    }
}
