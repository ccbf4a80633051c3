import CCmarkGFM

/// cmark-gfm's GitHub extensions that a reader of Markdown expects: tables, strikethrough,
/// autolinks (bare addresses) and task lists. Footnotes are an option, not an extension.
enum GitHubExtensions {
  static let names = ["table", "strikethrough", "autolink", "tasklist"]

  /// Registering adds to a process-wide list without a lock; a Swift `static let` is set once,
  /// whichever threads read Markdown at the same time.
  private static let registered: Bool = {
    cmark_gfm_core_extensions_ensure_registered()
    return true
  }()

  static func attach(to parser: OpaquePointer) {
    guard registered else { return }
    for name in names {
      if let syntax = cmark_find_syntax_extension(name) {
        cmark_parser_attach_syntax_extension(parser, syntax)
      }
    }
  }
}
