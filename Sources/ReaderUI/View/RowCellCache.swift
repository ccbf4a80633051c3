import ReaderScreen

/// Cells of list and sidebar rows, and the author picker's width: every frame draws them,
/// they depend only on one entry of the document (snapshots add entries, never change one)
/// and a width, and making them again cost more than the rest of the frame. View layer only.
final class RowCellCache {
  /// What a pane row shows for one entry of the document at one width.
  struct Key: Hashable {
    enum Kind: Hashable {
      case articleTitle, articleDetail, quoteLabel
      /// A highlight's sentence in the `H` list.
      case highlightSentence
      /// An article's heading in the `H` list.
      case highlightArticle
    }
    var kind: Kind
    var index: Int
    var width: Int
    /// The parse the entry belongs to: a new one renumbers everything.
    var generation: Int
  }

  private var rows: [Key: [Cell]] = [:]
  /// Enough for every row of several widths; past it the cache starts over.
  private let capacity = 4096
  private var picker: (query: String, articleCount: Int, generation: Int, width: Int)?
  /// For a frame drawn ahead: the real cache, read but never written, so that the rows of
  /// frames not taken do not fill it (and start it over) for the keys that are handled.
  private let parent: RowCellCache?

  init() { parent = nil }

  /// A cache that reads `parent` and keeps what it makes itself, until `keep(_:)` takes it
  /// into the parent.
  init(over parent: RowCellCache) {
    self.parent = parent
    picker = parent.picker
  }

  /// The cells for `key`, made by `make` the first time.
  func cells(_ key: Key, make: () -> [Cell]) -> [Cell] {
    if let found = rows[key] ?? parent?.rows[key] { return found }
    let cells = make()
    if rows.count >= capacity { rows.removeAll(keepingCapacity: true) }
    rows[key] = cells
    return cells
  }

  /// Takes in what `child`, made over this cache, made for the frame adopted.
  func keep(_ child: RowCellCache) {
    for (key, cells) in child.rows where rows[key] == nil {
      if rows.count >= capacity { rows.removeAll(keepingCapacity: true) }
      rows[key] = cells
    }
    picker = child.picker
  }

  /// The author picker's widest label for `query`, measured by `measure` once per query and
  /// document snapshot (`articleCount` grows with every snapshot that could change a label).
  func pickerWidth(
    query: String, articleCount: Int, generation: Int, measure: () -> Int
  ) -> Int {
    if let picker, picker.query == query, picker.articleCount == articleCount,
      picker.generation == generation
    {
      return picker.width
    }
    let width = measure()
    picker = (query, articleCount, generation, width)
    return width
  }
}
