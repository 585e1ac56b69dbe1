/// The binary could not be made runnable by another account.
public struct SharedBinaryFailure: Error, CustomStringConvertible {
    public let description: String
}
