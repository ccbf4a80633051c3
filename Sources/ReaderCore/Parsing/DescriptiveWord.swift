/// Words that describe a person's work rather than name them (`Editor`, `Professor`), for
/// telling `Ann Lee, Bob Roe and Carl Dane` (three authors) from `Ann Lee, Senior Editor and
/// Columnist` (one author and her description), which are written alike.
enum DescriptiveWord {
  private static let words: Set<String> = [
    "editor", "editors", "professor", "correspondent", "correspondents", "writer", "writers",
    "reporter", "reporters", "director", "president", "chief", "senior", "staff", "contributor",
    "contributing", "columnist", "author", "fellow", "journalist", "publisher", "founder",
    "analyst", "researcher", "lecturer", "member", "secretary", "minister", "university",
    "institute", "college", "society", "magazine", "news", "press", "times", "school", "center",
    "centre", "department", "photographer", "photographs", "illustrations", "producer", "host",
    "partner", "associate", "assistant", "manager", "head", "officer", "expert", "scholar",
  ]

  /// Whether `word` (any case, a trailing full stop aside) is one of those words.
  static func contains(_ word: some StringProtocol) -> Bool {
    var key = word.lowercased()
    if key.hasSuffix(".") { key.removeLast() }
    return words.contains(key)
  }
}
