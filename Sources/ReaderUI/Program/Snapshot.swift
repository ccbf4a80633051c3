import ReaderCore
import ReaderScreen

extension ReaderProgram {
  /// One frame after a session of keys, headless: what `reader snapshot` prints and what the
  /// tests compare. Sends a resize to `width` × `height`, then each key of `keys` (see
  /// `KeyString`), lets counting settle, then renders.
  public static func snapshot(
    of document: Document, options: ReaderOptions, width: Int, height: Int, keys: [Key]
  ) -> Screen {
    var quiet = options
    quiet.opensLinks = false
    var program = ReaderProgram(document: document, options: quiet)
    program.handle(.resize(width: width, height: height))
    for key in keys {
      if program.isFinished { break }
      program.handle(.key(key))
      program.awaitSuggestions()
    }
    // What the live screen settles to once nobody presses a key: the search count finished.
    program.settle()
    return program.render(width: width, height: height)
  }
}
