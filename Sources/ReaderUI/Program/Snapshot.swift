import ReaderCore
import ReaderScreen

extension ReaderProgram {
  /// One frame after a session of keys, headless: what `reader snapshot` prints and what the
  /// tests compare. Sends a resize to `width` × `height`, then each key of `keys` (see
  /// `KeyString`), then renders.
  public static func snapshot(
    of document: Document, options: ReaderOptions, width: Int, height: Int, keys: [Key]
  ) -> Screen {
    var program = ReaderProgram(document: document, options: options)
    program.handle(.resize(width: width, height: height))
    for key in keys {
      if program.isFinished { break }
      program.handle(.key(key))
    }
    return program.render(width: width, height: height)
  }
}
