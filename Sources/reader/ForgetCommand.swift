import ReaderCore
import ReaderMarkup
import ReaderStore
import TerminalText

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// `reader forget FILE`: drops what the reader remembers of a file (its place, your highlights
/// and notes), found by its text and by its path.
struct ForgetCommand: ReaderCommand {
  static let name = "forget"
  static let spec: CommandSpec = {
    var spec = CommandSpec(
      name: name,
      abstract: "Forget where you were in a file, and your highlights and notes in it.",
      options: [],
      argumentName: "file",
      argumentHelp: "The compilation to forget.")
    spec.argumentIsRequired = true
    return spec
  }()

  let file: String?

  init(_ arguments: ParsedArguments) { file = arguments.argument }

  func run() throws(UsageError) {
    guard let file, file != "-" else { throw UsageError("forget needs a file") }
    // A file deleted since is forgotten by its path: what was kept of it must not outlive it
    // for want of its text.
    var status = stat()
    let isGone = stat(file, &status) != 0 && errno == ENOENT
    var document: Document?
    if !isGone {
      do {
        document = try DocumentLoader.load(path: file, readers: MarkupReaders.all)
      } catch {
        fail(error.description)
      }
    }
    guard let store = MemoryAccess.existingStore(environment: processEnvironment()) else {
      _ = writeAll(
        terminalSafeLines("reader: nothing is remembered yet, of \(file) or any file\n"), to: 1)
      return
    }
    let path = MemoryAccess.absolutePath(file)
    do {
      let removed: Int
      var others: [String] = []
      if let document {
        let identity = DocumentIdentity(
          fingerprint: Fingerprint(of: document.storage.bytes), path: path)
        others = try store.otherPaths(of: identity)
        removed = try store.forget(identity)
      } else {
        removed = try store.forget(path: path)
      }
      // A path that is neither on disk nor remembered is most likely mistyped.
      if isGone && removed == 0 {
        fail("reader: no such file, and nothing remembered under that path: \(file)")
      }
      let entries = removed == 1 ? "entry" : "entries"
      // The same text kept under other names is forgotten with it: say which.
      let how =
        isGone
        ? " (gone from disk: forgotten by its path)"
        : others.isEmpty ? "" : " (the same text, also as \(others.joined(separator: ", ")))"
      _ = writeAll(
        terminalSafeLines("reader: forgot \(removed) \(entries) for \(file)\(how)\n"), to: 1)
    } catch {
      fail("reader: \(error.message)")
    }
  }
}
