/// How the store knows a document: by its text (`Fingerprint`) first, and by the absolute
/// path it was opened from, which finds it again after an edit changed the fingerprint.
public struct DocumentIdentity: Sendable, Hashable {
  public var fingerprint: Fingerprint
  /// Absolute path; nil for standard input and the built-in sample.
  public var path: String?

  public init(fingerprint: Fingerprint, path: String?) {
    self.fingerprint = fingerprint
    self.path = path
  }
}
