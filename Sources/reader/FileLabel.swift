/// What the status line calls the document: the path as given, `(standard input)` for `-`,
/// `(sample)` for the built-in sample.
func fileLabel(for path: String?) -> String {
  guard let path else { return "(sample)" }
  return path == "-" ? "(standard input)" : path
}
