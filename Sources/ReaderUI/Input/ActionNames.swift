/// The name of each action in the config file's `[keys]` table, written out rather than
/// derived so that renaming a Swift case cannot silently break users' config files.
public enum ActionNames {
  /// Every action with its name, in the order the help lists them.
  public static let all: [(action: Action, name: String)] = [
    .quit, .help, .focusNext, .focusPrevious, .down, .up, .pageDown, .pageUp, .halfPageDown,
    .halfPageUp, .top, .bottom,
    .activate, .nextHighlight, .previousHighlight, .nextArticle, .previousArticle,
    .authorPicker, .clearAuthor, .search, .nextMatch, .previousMatch, .toggleSidebar,
    .toggleList, .escape, .mark, .highlightList, .toggleSkim, .redraw, .suggest,
  ].map { ($0, name(of: $0)) }

  /// The config name of `action` (kebab-case).
  public static func name(of action: Action) -> String {
    switch action {
    case .quit: return "quit"
    case .help: return "help"
    case .focusNext: return "focus-next"
    case .focusPrevious: return "focus-previous"
    case .down: return "down"
    case .up: return "up"
    case .pageDown: return "page-down"
    case .pageUp: return "page-up"
    case .halfPageDown: return "half-page-down"
    case .halfPageUp: return "half-page-up"
    case .top: return "top"
    case .bottom: return "bottom"
    case .activate: return "activate"
    case .nextHighlight: return "next-highlight"
    case .previousHighlight: return "previous-highlight"
    case .nextArticle: return "next-article"
    case .previousArticle: return "previous-article"
    case .authorPicker: return "author-picker"
    case .clearAuthor: return "clear-author"
    case .search: return "search"
    case .nextMatch: return "next-match"
    case .previousMatch: return "previous-match"
    case .toggleSidebar: return "toggle-sidebar"
    case .toggleList: return "toggle-list"
    case .escape: return "escape"
    case .mark: return "mark"
    case .highlightList: return "highlight-list"
    case .toggleSkim: return "toggle-skim"
    case .suggest: return "suggest"
    case .redraw: return "redraw"
    // Digits type an article number: a key of their own, not bindable.
    case .digit: return "digit"
    }
  }

  /// The action called `name`, if any.
  public static func action(named name: String) -> Action? {
    all.first { $0.name == name }?.action
  }
}
