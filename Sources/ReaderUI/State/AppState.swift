/// The panes that can take the keyboard focus.
public enum Pane: Sendable, Hashable, CaseIterable {
  case list
  case reading
  case sidebar
}

/// A reading position tied to the content, not to screen rows, so a resize keeps it.
public struct ReadingAnchor: Sendable, Hashable {
  /// Index into `Document.blocks` of the block at the top of the pane.
  public var block: Int
  /// Wrapped line within that block, or `ReadingAnchor.gap` for the blank line after it.
  public var row: Int
  /// How many text lines the block had when the anchor was taken (0 if unknown): at another
  /// width `row` is scaled by the block's new line count, so the same part of it stays on top.
  public var rows: Int
  /// The part of a very long block the row is in (parts are cut by bytes, not by width, so
  /// they survive a resize); `row` and `rows` then count within the part. 0 elsewhere.
  public var part: Int

  /// The row of the blank line that follows a block.
  public static let gap = -1

  public init(block: Int, row: Int, rows: Int = 0, part: Int = 0) {
    self.block = block
    self.row = row
    self.rows = rows
    self.part = part
  }
}

/// What floats over the panes, if anything.
public enum Overlay: Sendable, Hashable {
  /// The list of keys; `offset` is how far it is scrolled.
  case help(offset: Int)
  /// Choosing an author: what was typed so far and which matching entry is selected.
  case authorPicker(query: String, selection: Int)
  /// The list of highlights (`H`): the text typed to narrow it, and the selected highlight
  /// (index into `Document.highlights`; nil when nothing matches), or the id of one of yours
  /// when one of yours is selected (`selection` is then nil).
  case highlights(query: String, selection: Int?, yours: String? = nil)
  /// `H` over the suggested key sentences: the text typed to narrow it, and the selected one
  /// (index into `SuggestionState.spans`; nil when nothing matches).
  case suggestions(query: String, selection: Int?)
}

/// A search: what was typed, whether it is still being typed, and the match last jumped to.
public struct SearchState: Sendable, Hashable {
  public var query: String
  /// True while the user types the query in the status line.
  public var isEditing: Bool
  /// Where the reading position was when `/` was pressed, restored by Esc.
  public var origin: ReadingOrigin
  /// The match the reading pane shows, if any.
  public var current: SearchMatch?
  /// Which match of its article `current` is (0-based), for the `i/n` counter.
  public var currentRank: Int?
  /// How many matches there are, counted a slice at a time after each change of the query.
  public var count: MatchCount
  /// The scan for the query's match still going on as idle work (the status line says
  /// `searching…`): the request whose answer is awaited.
  public var scan: MatchScanRequest?
  /// The count of the matches before `current` still going on, when the scan that found it
  /// read forward from the view and so could not rank it: the request whose answer is awaited.
  public var ranking: MatchRankRequest?

  public init(
    query: String, isEditing: Bool, origin: ReadingOrigin, current: SearchMatch?,
    count: MatchCount = MatchCount()
  ) {
    self.query = query
    self.isEditing = isEditing
    self.origin = origin
    self.current = current
    self.count = count
  }
}

/// The matches of a search counted so far, article by article through the article set.
public struct MatchCount: Sendable, Hashable {
  /// Matches in each article of the set counted so far, by position in the set.
  public var perArticle: [Int] = []
  /// Their sum, with `carried`.
  public var total = 0
  /// In an article too long for one slice: the block the count goes on from, and the
  /// matches before it.
  public var resume: Int?
  /// In a long block (`LongBlock`) too long for one slice: the part of `resume` to go on from.
  public var resumePart = 0
  public var carried = 0

  public init() {}

  /// How many articles of the set have been counted.
  public var counted: Int { perArticle.count }
}

/// An open article and where it is scrolled to.
public struct ReadingOrigin: Sendable, Hashable {
  public var article: Int
  public var anchor: ReadingAnchor

  public init(article: Int, anchor: ReadingAnchor) {
    self.article = article
    self.anchor = anchor
  }
}

/// One occurrence of the search text: a block and a character offset in its displayed text.
public struct SearchMatch: Sendable, Hashable, Comparable {
  public var article: Int
  public var block: Int
  /// Offset in `Character`s into the block's text as the reading pane shows it (in a block
  /// cut into parts, the part's first byte plus the offset in the part: an order, not a
  /// position).
  public var offset: Int
  /// Which match of the block it is (0-based).
  public var ordinal: Int

  public init(article: Int, block: Int, offset: Int, ordinal: Int) {
    self.article = article
    self.block = block
    self.offset = offset
    self.ordinal = ordinal
  }

  public static func < (a: SearchMatch, b: SearchMatch) -> Bool {
    (a.block, a.offset) < (b.block, b.offset)
  }
}

/// All the state of the UI, as one plain value, part of `ReaderModel`. `Update.apply` is the
/// only thing that changes it.
public struct AppState: Sendable, Hashable {
  /// The terminal size the last `.resize` reported.
  public var width: Int
  public var height: Int
  public var focus: Pane = .reading
  /// Index into `Document.articles` of the article in the reading pane.
  public var openArticle: Int = 0
  /// Index into `Document.articles` of the selected row of the article list.
  public var listSelection: Int = 0
  /// The list's selection when it stands on the front or back matter (then `listSelection`
  /// waits unused), and the matter the reading pane shows instead of the open article, from
  /// its row `matterTop`.
  public var listMatter: MatterSide?
  public var openMatter: MatterSide?
  public var matterTop = 0
  /// The reading pane's scroll position.
  public var anchor: ReadingAnchor = ReadingAnchor(block: 0, row: 0)
  /// Index into `Document.quotes` chosen in the sidebar with the keys; nil follows the
  /// reading position.
  public var sidebarSelection: Int?
  /// The author whose articles alone are shown (a name as in `AuthorIndex`), or nil.
  public var authorFilter: String?
  /// Index into `Document.highlights` of the highlight last jumped to.
  public var currentHighlight: Int?
  /// The suggested key sentences (`*`) and the one jumped to (an index into their list).
  public var suggestions = SuggestionState.none
  public var currentSuggestion: Int?
  public var search: SearchState?
  public var overlay: Overlay?
  /// Where the cursor is in the text being typed — the search, a note or the author
  /// picker's name; only one is typed at a time — in characters; nil at its end, where each
  /// prompt opens (`LineEdit`).
  public var promptCursor: Int?
  /// Whether the reading pane shows the skim view (`S`): titles, bylines and the sentences
  /// that hold a highlight.
  public var skim = false
  /// The digits of an article number being typed (`12` before `Enter`), or nil.
  public var articleNumber: String?
  /// A short message for the status line, cleared by the next key.
  public var message: String?
  /// nil: shown when the terminal is wide enough; true/false: the user's choice (`s`).
  public var sidebarChoice: Bool?
  /// nil: shown when the terminal is wide enough; true/false: the user's choice (`l`).
  public var listChoice: Bool?
  /// The widest reading text, from the config's `reading-width`; nil for the default.
  public var readingWidth: Int?
  public var isFinished = false
  /// Where the reading pane was before the last jump (a highlight, a match, an article, the
  /// place remembered from last time): `''` goes back there.
  public var previousPlace: ReadingOrigin?
  /// True after `'`, waiting for the second `'`.
  public var awaitsMark = false
  /// `G` in an article still being read: the reading pane goes on to its end as more of it
  /// is read (a new parse too), until the article is complete or another key or the mouse
  /// moves on. `less` waits at `G` for the end of a growing input; this never blocks.
  public var followsEnd = false

  public init(width: Int = 80, height: Int = 24) {
    self.width = width
    self.height = height
  }

  /// The pane rectangles for the current size and choices.
  public var layout: Layout {
    Layout(
      width: width, height: height, listChoice: listChoice, sidebarChoice: sidebarChoice,
      readingWidth: readingWidth)
  }
}
