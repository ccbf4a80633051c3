import ReaderCore
import ReaderStore

/// Everything that can change the state: what the terminal reports (keys, the mouse, resizes,
/// time passing) and what background work reports back (`Command`s' results).
public enum Event: Sendable, Hashable {
  case key(Key)
  case mouse(MouseEvent)
  /// Text pasted in the terminal (bracketed paste): typed into a prompt, never a command.
  case paste(String)
  case resize(width: Int, height: Int)
  /// Time passed with no input. The update has nothing to do on it today; the runtime uses the
  /// quiet to run pending work, whose results arrive as the events below.
  case tick
  /// The background indexer published a newer snapshot of the document.
  case indexed(IndexSnapshot)
  /// The file shown is no longer the one on disk (rewritten, truncated, replaced).
  case fileChanged
  /// The file shown is gone from its path (removed, or renamed away).
  case fileGone
  /// The file was read again (`Command.reload`): the first screen's share of it.
  case reloaded(IndexSnapshot)
  /// Reading the file again failed; why, as one line.
  case reloadFailed(String)
  /// One slice of a match count (`Command.countMatches`) is done.
  case matchesCounted(MatchCountSlice)
  /// One slice of a typed search's scan (`Command.scanForMatch`) is done.
  case matchScanned(MatchScanSlice)
  /// A slice of a match's rank (`Command.rankMatch`).
  case matchRanked(MatchRankSlice)
  /// The store is open (or could not be): what it remembers of this document.
  case memoryOpened(MemoryOpening)
  /// Saving to the store failed; the warning is for the status line.
  case memoryWarning(StoreWarning)
  /// One of your highlights is saved (`Command.saveAnnotation`), as stored.
  case annotationSaved(StoredAnnotation)
  /// One of your highlights is removed (`Command.removeAnnotation`).
  case annotationRemoved(id: String)
  /// A link's address could not be opened (`Command.openAddress`); why, as one line.
  case addressNotOpened(String)
  /// The suggested key sentences are ranked (`Command.suggestKeySentences`).
  case suggested(SuggestionResult)
  /// The view has rested since the last `Command.saveWhenRested`: time to save the place.
  case rested
  /// Something about the terminal the reader should know, for the status line (a locale whose
  /// character set is not UTF-8).
  case notice(String)
}

/// A mouse action at a 0-based cell position.
public struct MouseEvent: Sendable, Hashable {
  /// What the mouse did.
  public enum Action: Sendable, Hashable {
    case press
    /// Button 1 let go: a press and a release at different cells are a drag.
    case release
    case wheelUp
    case wheelDown
  }

  public var action: Action
  public var x: Int
  public var y: Int

  public init(action: Action, x: Int, y: Int) {
    self.action = action
    self.x = x
    self.y = y
  }
}
