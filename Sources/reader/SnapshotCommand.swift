import ArgumentParser
import ReaderCore
import ReaderScreen
import ReaderUI

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// `reader snapshot`: prints the screen the reader would show after some keys, without a
/// terminal. What the UI tests compare, available from the shell.
struct SnapshotCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "snapshot",
    abstract: "Print the screen the reader would show after a sequence of keys.",
    discussion: """
      KEYS is typed as written: each character is one key press, and names in angle \
      brackets stand for the other keys: \(KeyString.names). Names ignore case; `<lt>` is a \
      literal `<`. Example: --keys ']]<Tab>j<Enter>/harbour<Enter>n'.

      With --styles, every run of cells in a role other than plain text is written \
      ⟦code:text⟧ (hl highlight, cur current highlight, sm search match, sel selection, \
      st status, …).
      """
  )

  @Option(help: "The terminal size, WIDTHxHEIGHT.")
  var size: String = "80x24"

  @Option(help: "Keys to press before printing (see below).")
  var keys: String = ""

  @Option(help: "Show only this author's articles (full name or surname, any case).")
  var author: String?

  @Flag(help: "Mark the role of every styled run of cells.")
  var styles = false

  @Option(help: "Accepted for symmetry with the reader; styles are printed as roles.")
  var theme: String?

  @Argument(help: "The compilation to show; the built-in sample when left out.")
  var file: String?

  mutating func run() throws {
    guard let (width, height) = SnapshotCommand.parseSize(size) else {
      throw ValidationError("--size must look like 80x24 (got \(size))")
    }
    let parsedKeys: [Key]
    do {
      parsedKeys = try KeyString.parse(keys)
    } catch {
      throw ValidationError(error.description)
    }
    let document: Document
    if let file {
      do {
        document = try DocumentLoader.load(path: file)
      } catch {
        fail(error.description)
      }
    } else {
      document = Document.sample()
    }
    var options = ReaderOptions(mouse: false, fileLabel: file ?? "(sample)")
    if let author {
      switch resolveAuthor(author, in: document) {
      case .success(let name): options.authorFilter = name
      case .failure(let error): fail("reader: " + error.description)
      }
    }
    let screen = ReaderProgram.snapshot(
      of: document, options: options, width: width, height: height, keys: parsedKeys)
    print(styles ? screen.styledText() : screen.text())
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
