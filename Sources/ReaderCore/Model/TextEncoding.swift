/// How the file's bytes were read.
public enum TextEncoding: String, Sendable, Hashable {
  /// UTF-8 (a BOM, if any, is skipped).
  case utf8 = "utf-8"
  /// Not UTF-8: read as Windows-1252 and converted, which the status line reports.
  case windows1252 = "windows-1252"
}
