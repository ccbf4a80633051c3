/// `joined(separator:)` for words and names, without the standard library's generic path.
///
/// The standard library's `joined(separator:)` over `[Substring]` or `[String]` is not
/// specialised for its callers: it looks its element types and their conformances up at run
/// time, and the first look-up of each scans every conformance the program has. Bylines,
/// attributions and the article list made that a tenth of the Swift runtime's work before the
/// seed's first frame (perf). These are inlinable, so each caller gets its own specialised
/// copy, appending through the concrete `String.append(contentsOf:)` overloads.
extension Sequence where Element == Substring {
  @inlinable public func joinedText(separator: String = "") -> String {
    var result = ""
    var isFirst = true
    for part in self {
      if !isFirst { result.append(contentsOf: separator) }
      result.append(contentsOf: part)
      isFirst = false
    }
    return result
  }
}

extension Sequence where Element == String {
  @inlinable public func joinedText(separator: String = "") -> String {
    // A substring of a whole string shares its storage: nothing is copied twice.
    lazy.map { Substring($0) }.joinedText(separator: separator)
  }
}
