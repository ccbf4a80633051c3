import ReaderCore

/// Why `--author` could not be applied.
public enum AuthorFilterError: Error, Sendable, Hashable, CustomStringConvertible {
  /// No author has that name or surname; the known authors follow.
  case unknown(query: String, known: [String])
  /// More than one author has that surname.
  case ambiguous(query: String, matches: [String])

  /// One line, ready for standard error.
  public var description: String {
    switch self {
    case .unknown(let query, let known):
      if known.isEmpty { return "no author named \"\(query)\": this file names no authors" }
      return "no author named \"\(query)\"; known authors: \(known.joined(separator: ", "))"
    case .ambiguous(let query, let matches):
      return "\"\(query)\" matches more than one author: \(matches.joined(separator: ", "))"
    }
  }
}

/// The author `query` names in `document` (full name or surname, ignoring case), so the
/// command line can refuse an unknown name before the interface starts.
public func resolveAuthor(_ query: String, in document: Document) -> Result<
  String, AuthorFilterError
> {
  let matches = document.authors.matches(query)
  switch matches.count {
  case 1: return .success(matches[0].name)
  case 0:
    return .failure(.unknown(query: query, known: document.authors.entries.map(\.name)))
  default:
    return .failure(.ambiguous(query: query, matches: matches.map(\.name)))
  }
}
