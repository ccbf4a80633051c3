import ReaderCore
import ReaderStore
import ReaderUI
import TerminalText

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Your highlights and notes as the exports want them: read from the store (never created
/// for an export: no database means none), and for a document, found in it again or marked
/// orphaned.
enum AnnotationAccess {
  /// The store if its file exists; a store that cannot be read, or no place for one (neither
  /// `XDG_DATA_HOME` nor `HOME`), is a warning on standard error and no highlights, or, when
  /// `failing` (`reader highlights`, whose only job is reading it), the command's failure: an
  /// empty list would look like no highlights at all.
  static func existingStore(environment: [String: String], failing: Bool = false)
    -> ReadingStore?
  {
    guard let location = StoreLocation(environment: environment) else {
      report(MemoryAccess.noLocation, failing: failing)
      return nil
    }
    guard access(location.path, F_OK) == 0 else { return nil }
    do {
      return try ReadingStore.open(at: location)
    } catch {
      report(error.message, failing: failing)
      return nil
    }
  }

  private static func report(_ message: String, failing: Bool) {
    if failing { fail("reader: " + message) }
    warn(message)
  }

  /// `document`'s highlights, oldest first, each found in it again or marked orphaned.
  /// `path`: the file as given (nil for the sample, `-` for standard input).
  static func records(
    of document: Document, path: String?, environment: [String: String], failing: Bool = false
  ) -> [AnnotationRecord] {
    guard let store = existingStore(environment: environment, failing: failing) else {
      return []
    }
    let identity = DocumentIdentity(
      fingerprint: Fingerprint(of: document.storage.bytes),
      path: path.flatMap { $0 == "-" ? nil : MemoryAccess.absolutePath($0) })
    do {
      let records = try store.annotations(of: identity).map { annotation in
        // Numbered and titled by the article it stands in now: an article added above it
        // moves it down, as the reading pane shows it.
        let found = AnnotationPlacement.find(annotation.anchor, in: document)
        // An orphan is filed under the article of its title if one is left, so that its number
        // and its title name the same article.
        let titled = document.articles.first { $0.title == annotation.anchor.articleTitle }
        return record(
          annotation, orphaned: found == nil,
          article: found.map { document.articles[$0.article] } ?? titled)
      }
      warnIfDamaged(store)
      return records
    } catch {
      report(error.message, failing: failing)
      return []
    }
  }

  /// Every highlight of every document, newest first; whether each is orphaned is not known
  /// without reading its document.
  static func allRecords(environment: [String: String], failing: Bool = false)
    -> [AnnotationRecord]
  {
    guard let store = existingStore(environment: environment, failing: failing) else {
      return []
    }
    do {
      let records = try store.allAnnotations().map { record($0, orphaned: nil) }
      warnIfDamaged(store)
      return records
    } catch {
      report(error.message, failing: failing)
      return []
    }
  }

  /// `article`: where the highlight stands in the document now, when it was found there;
  /// otherwise the record keeps the article it was made in.
  static func record(_ annotation: StoredAnnotation, orphaned: Bool?, article: Article? = nil)
    -> AnnotationRecord
  {
    let quote = annotation.anchor.quote
    return AnnotationRecord(
      id: annotation.id, article: article?.number ?? annotation.anchor.article,
      articleTitle: article?.title ?? annotation.anchor.articleTitle,
      author: article.map { $0.authors.first } ?? annotation.author,
      exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix, note: annotation.note,
      created: annotation.created, orphaned: orphaned, source: annotation.source)
  }

  /// Says on standard error that the highlights listed come from a damaged store: the reader
  /// turns its memory off for such a file, and a list without a word would look complete.
  private static func warnIfDamaged(_ store: ReadingStore) {
    guard let damage = store.damage() else { return }
    warn("the database is damaged (\(damage)): what could still be read is listed")
  }

  private static func warn(_ message: String) {
    _ = writeAll(terminalSafeLines("reader: \(message)\n"), to: 2)
  }
}

/// Writes exported text: as it is into a file or a pipe, with controls shown on a terminal
/// (a note may hold `ESC c`, which would reset it).
func writeExport(_ text: String) {
  writeOutput(isatty(STDOUT_FILENO) == 1 ? terminalSafeLines(text) : text)
}
