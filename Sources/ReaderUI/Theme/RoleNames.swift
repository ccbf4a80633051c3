import ReaderScreen

/// The name of each role's table in a theme file, written out rather than derived so that
/// renaming a Swift case cannot silently break users' theme files.
public enum RoleNames {
  /// Every role with its table name, in the order of `Role.allCases`.
  public static let all: [(role: Role, name: String)] = Role.allCases.map { ($0, name(of: $0)) }

  /// The table name of `role` in a theme file (kebab-case).
  public static func name(of role: Role) -> String {
    switch role {
    case .text: return "text"
    case .title: return "title"
    case .byline: return "byline"
    case .editorNote: return "editor-note"
    case .dek: return "dek"
    case .bio: return "bio"
    case .highlight: return "highlight"
    case .currentHighlight: return "current-highlight"
    case .ownHighlight: return "own-highlight"
    case .suggested: return "suggested"
    case .searchMatch: return "search-match"
    case .quote: return "quote"
    case .speaker: return "speaker"
    case .link: return "link"
    case .selectedLink: return "selected-link"
    case .selection: return "selection"
    case .inactiveSelection: return "inactive-selection"
    case .border: return "border"
    case .header: return "header"
    case .status: return "status"
    case .statusAccent: return "status-accent"
    case .muted: return "muted"
    case .control: return "control"
    case .overlay: return "overlay"
    case .overlayTitle: return "overlay-title"
    }
  }

  /// The role whose table is called `name`, if any.
  public static func role(named name: String) -> Role? {
    // Not through `all`: reading a theme is part of every start, and that table of tuples
    // costs the Swift runtime more to make than this loop costs to run.
    Role.allCases.first { self.name(of: $0) == name }
  }
}
