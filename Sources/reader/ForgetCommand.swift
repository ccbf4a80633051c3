import ReaderCore
import ReaderMarkup
import ReaderStore
import TerminalText

/// `reader forget FILE`: drops what the reader remembers of a file (its place, your highlights
/// and notes), found by its text and by its path.
struct ForgetCommand: ReaderCommand {
  static let name = "forget"
  static let spec = CommandSpec(
    name: name,
    abstract: "Forget where you were in a file, and your highlights and notes in it.",
    options: [],
    argumentName: "file",
    argumentHelp: "The compilation to forget.")

  let file: String?

  init(_ arguments: ParsedArguments) { file = arguments.argument }

  func run() throws(UsageError) {
    guard let file, file != "-" else { throw UsageError("forget needs a file") }
    let document: Document
    do {
      document = try DocumentLoader.load(path: file, readers: MarkupReaders.all)
    } catch {
      fail(error.description)
    }
    guard let store = MemoryAccess.existingStore(environment: processEnvironment()) else {
      _ = writeAll(
        terminalSafeLines("reader: nothing is remembered yet, of \(file) or any file\n"), to: 1)
      return
    }
    let identity = DocumentIdentity(
      fingerprint: Fingerprint(of: document.storage.bytes),
      path: MemoryAccess.absolutePath(file))
    do {
      let removed = try store.forget(identity)
      let entries = removed == 1 ? "entry" : "entries"
      _ = writeAll(terminalSafeLines("reader: forgot \(removed) \(entries) for \(file)\n"), to: 1)
    } catch {
      fail("reader: \(error.message)")
    }
  }
}
