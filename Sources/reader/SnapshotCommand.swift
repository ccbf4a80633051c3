import ReaderCore
import ReaderMarkup
import ReaderScreen
import ReaderUI

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// `reader snapshot`: prints the screen the reader would show after some keys, without a
/// terminal. What the UI tests compare, available from the shell.
struct SnapshotCommand: ReaderCommand {
  static let name = "snapshot"
  static let spec = CommandSpec(
    name: name,
    abstract: "Print the screen the reader would show after a sequence of keys.",
    discussion: [
      "KEYS is typed as written: each character is one key press, and names in angle brackets "
        + "stand for the other keys: \(KeyString.names). Names ignore case; `<lt>` is a literal "
        + "`<`. Example: --keys ']]<Tab>j<Enter>/harbour<Enter>n'.",
      "With --styles, every run of cells in a role other than plain text is written "
        + "⟦code:text⟧ (hl highlight, cur current highlight, sm search match, sel selection, "
        + "st status, …).",
    ],
    options: [
      OptionSpec(
        name: "size", valueName: "size", help: "The terminal size, WIDTHxHEIGHT.",
        shownDefault: "80x24"),
      OptionSpec(
        name: "keys", valueName: "keys", help: "Keys to press before printing (see below)."),
      OptionSpec(
        name: "author", valueName: "author",
        help: "Show only this author's articles (full name or surname, any case)."),
      OptionSpec(
        name: "styles", valueName: nil, help: "Mark the role of every styled run of cells."),
    ],
    argumentName: "file",
    argumentHelp: "The compilation to show; the built-in sample when left out.")

  let size: String
  let keys: String
  let author: String?
  let styles: Bool
  let file: String?

  init(_ arguments: ParsedArguments) {
    size = arguments.value("size") ?? "80x24"
    keys = arguments.value("keys") ?? ""
    author = arguments.value("author")
    styles = arguments.flag("styles")
    file = arguments.argument
  }

  func run() throws(UsageError) {
    guard let (width, height) = SnapshotCommand.parseSize(size) else {
      throw UsageError("--size must look like 80x24 (got \(size))")
    }
    let parsedKeys: [Key]
    do {
      parsedKeys = try KeyString.parse(keys)
    } catch {
      throw UsageError(error.description)
    }
    let document: Document
    if let file {
      do {
        document = try DocumentLoader.load(path: file, readers: MarkupReaders.all)
      } catch {
        fail(error.description)
      }
    } else {
      document = Document.sample()
    }
    var options = ReaderOptions(mouse: false, fileLabel: fileLabel(for: file))
    // The screen the reader would draw for this user: their key bindings and panes too.
    let settings = effectiveSettings(theme: nil, noMouse: true, environment: processEnvironment())
    options.keyBindings = settings.keyBindings
    options.showList = settings.list.value
    options.showSidebar = settings.sidebar.value
    options.readingWidth = settings.readingWidth.value
    if let author {
      switch resolveAuthor(author, in: document) {
      case .success(let name): options.authorFilter = name
      case .failure(let error): fail("reader: " + error.description)
      }
    }
    let screen = ReaderProgram.snapshot(
      of: document, options: options, width: width, height: height, keys: parsedKeys)
    writeOutput((styles ? screen.styledText() : screen.text()) + "\n")
  }

  /// `80x24` → (80, 24); nil unless both are whole numbers from 1 to 10 000.
  static func parseSize(_ text: String) -> (Int, Int)? {
    let parts = text.lowercased().split(separator: "x", omittingEmptySubsequences: false)
    guard parts.count == 2, let width = Int(parts[0]), let height = Int(parts[1]),
      (1...10_000).contains(width), (1...10_000).contains(height)
    else { return nil }
    return (width, height)
  }
}
