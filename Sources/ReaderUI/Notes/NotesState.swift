import ReaderStore

/// A run of shown text in one block: UTF-8 offsets into its `ShownText`. Selections stay
/// inside one block.
public struct TextSpan: Sendable, Hashable {
  /// Index into `Document.articles`.
  public var article: Int
  /// Index into `Document.blocks`.
  public var block: Int
  public var range: Range<Int>

  public init(article: Int, block: Int, range: Range<Int>) {
    self.article = article
    self.block = block
    self.range = range
  }
}

/// Your highlights and notes as the update knows them: where each stands in the document
/// now, and what the keys are doing with them. Part of `ReaderModel`.
public struct NotesState: Sendable, Hashable {
  /// What keys go to, besides the ordinary bindings.
  public enum Mode: Sendable, Hashable {
    case none
    /// `v` … : the selection being made.
    case selecting(TextSpan)
    /// `c`: the one-line note editor in the status line, for `target`.
    case editingNote(NoteTarget, text: String)
    /// `d`: waiting for `y` to remove the highlight with this id.
    case confirmingRemoval(id: String)
  }

  public var mode: Mode = .none
  /// Where each of your highlights stands now, by id; one that is not here is orphaned
  /// (or not indexed yet).
  public var placed: [String: TextSpan] = [:]
  /// Ids of highlights whose text was not found in the whole document.
  public var orphaned: [String] = []
  /// The highlight of yours just kept (or chosen), which `c`, `d` and `v` act on; cleared
  /// by the next other key.
  public var selected: TextSpan?
  /// A highlight sent to the store and not confirmed yet, so that its confirmation selects it.
  public var pendingKeep: TextSpan?
  /// Where button 1 went down in the reading pane, until it comes up: a drag's start.
  var dragStart: DragStart?

  public init() {}

  /// The id of the highlight of yours at `span` (the same block, overlapping), if any.
  public func highlight(overlapping span: TextSpan) -> String? {
    // The one kept over exactly this span (`h` then `c` on it), else the one sharing the
    // most of it: the first by id picked an older highlight under a new one.
    func shared(_ other: TextSpan) -> Int { other.range.clamped(to: span.range).count }
    return placed.filter { $0.value.block == span.block && $0.value.range.overlaps(span.range) }
      .min { a, b in
        let (exactA, exactB) = (a.value == span, b.value == span)
        if exactA != exactB { return exactA }
        let (sharedA, sharedB) = (shared(a.value), shared(b.value))
        return sharedA != sharedB ? sharedA > sharedB : a.key < b.key
      }?.key
  }
}

/// What a note is attached to.
public enum NoteTarget: Sendable, Hashable {
  /// A highlight of yours, by id.
  case highlight(String)
  /// A selection not kept yet: keeping it and the note are one save.
  case selection(TextSpan)
}

/// A press of button 1 on the reading pane's text: the cell, and the text under it.
struct DragStart: Sendable, Hashable {
  var x: Int
  var y: Int
  /// The article open then: a key may open another before the release.
  var article: Int
  var point: TextPoint
}

/// A place in a block's shown text, from a cell of the reading pane.
struct TextPoint: Sendable, Hashable {
  /// Index into `Document.blocks`.
  var block: Int
  /// The part of a long block (`LongBlock`); 0 for other blocks.
  var part: Int
  /// UTF-8 offset into the block's (or part's) shown text; `Int.max` past its end.
  var offset: Int
}
