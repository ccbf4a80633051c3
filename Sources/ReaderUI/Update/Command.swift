import ReaderCore
import ReaderStore

/// Work the update asks for and does not do itself: anything slow, on another thread, or
/// outside the process. The runtime (`Runtime`) carries commands out; their results come back
/// as `Event`s. Tests assert on the commands `Update.apply` returns without running any.
public enum Command: Sendable, Hashable {
  /// Index the rest of the file in the background, reporting snapshots as `.indexed`.
  case startIndexing
  /// Stop indexing (the reader is quitting); snapshots already reported stay valid.
  case cancelIndexing
  /// Count a search's matches in the next articles, reporting `.matchesCounted`. A newer
  /// request replaces one not yet run.
  case countMatches(MatchCountRequest)
  /// Read the next slice of a typed search's scan, reporting `.matchScanned`. A newer request
  /// replaces one not yet run.
  case scanForMatch(MatchScanRequest)
  /// Count the matches before a match, a slice, reporting `.matchRanked`.
  case rankMatch(MatchRankRequest)
  /// Read the file at `path` again from the start, reporting `.reloaded` (then `.indexed` as
  /// the rest is indexed) or `.reloadFailed`.
  case reload(path: String)
  /// Open the store (after the first frame), fingerprint the document and read what is
  /// remembered of it, reporting `.memoryOpened`.
  case openMemory
  /// Save where the reader is in the document; a failure reports `.memoryWarning`.
  case savePosition(StoredPosition, of: DocumentIdentity)
  /// Paint the whole terminal again on the next frame, not just what changed (`Ctrl-L`: the
  /// terminal may show something the reader did not draw).
  case redraw
  /// Save one of your highlights (an empty id or date: a new one, given both by the runtime);
  /// reports `.annotationSaved`, or `.memoryWarning` on failure.
  case saveAnnotation(StoredAnnotation, of: DocumentIdentity)
  /// Remove one of your highlights; reports `.annotationRemoved`, or `.memoryWarning`.
  case removeAnnotation(id: String)
  /// Open a link's address (already checked: http, https or mailto, no controls) with
  /// `$BROWSER`, else `xdg-open`, detached; a failure reports `.addressNotOpened`.
  case openAddress(String)
  /// Report `.rested` once the view has rested a moment (`Runtime.restInterval`) after the
  /// latest such request; a `.savePosition` cancels one still waiting. The place is quoted
  /// then, not on every key that scrolls (a quote costs a few blocks' text).
  case saveWhenRested
  /// Rank the document's sentences in the background (`*`), reporting `.suggested`.
  case suggestKeySentences(generation: Int)
  /// Free a snapshot the model no longer holds away from the keys: on the indexing thread
  /// while it runs, else here.
  case releaseDocument(SupersededDocument)
}

/// A snapshot's document the model has replaced with a newer one, on its way to be freed.
///
/// Freeing one is not free: each snapshot of a compilation still being read has an author
/// index of its own, and releasing its entries one by one was a fifth of the reader's own time
/// while a 100 MB file was indexed (perf, `j` and `k` pressed meanwhile). Two are the same
/// when they are the same object.
public final class SupersededDocument: Sendable, Hashable {
  let document: Document

  init(_ document: Document) { self.document = document }

  public static func == (a: SupersededDocument, b: SupersededDocument) -> Bool { a === b }
  public func hash(into hasher: inout Hasher) { hasher.combine(ObjectIdentifier(self)) }
}

/// Count `query`'s matches in the articles of the set from position `from` on, about
/// `budget` bytes of them: one slice, so that no key waits for a count of the whole file.
public struct MatchCountRequest: Sendable, Hashable {
  public var query: String
  /// The author filter that defines the set of articles counted through.
  public var author: String?
  /// Position in the set (not an article index) of the first article to count.
  public var from: Int
  /// Which parse of the text the positions refer to (`IndexSnapshot.generation`).
  public var generation: Int
  public var budget: Int
  /// Where to go on in the article at `from`, when it was too long for one slice: its block,
  /// and the matches counted before it.
  public var block: Int?
  /// The part of `block` to go on from, when it is a long block (`LongBlock`).
  public var part: Int
  public var carried: Int

  public init(
    query: String, author: String?, from: Int, generation: Int, budget: Int, block: Int? = nil,
    part: Int = 0, carried: Int = 0
  ) {
    self.query = query
    self.author = author
    self.from = from
    self.generation = generation
    self.budget = budget
    self.block = block
    self.part = part
    self.carried = carried
  }
}

/// The matches found by one `MatchCountRequest`: one count per article, in set order.
public struct MatchCountSlice: Sendable, Hashable {
  public var request: MatchCountRequest
  public var perArticle: [Int]
  /// When the slice ended inside an article: the block to go on from, and the matches of
  /// that article before it.
  public var resume: Int?
  /// The part of `resume` to go on from, when it is a long block.
  public var resumePart: Int
  public var carried: Int

  public init(
    request: MatchCountRequest, perArticle: [Int], resume: Int? = nil, resumePart: Int = 0,
    carried: Int = 0
  ) {
    self.request = request
    self.perArticle = perArticle
    self.resume = resume
    self.resumePart = resumePart
    self.carried = carried
  }
}
