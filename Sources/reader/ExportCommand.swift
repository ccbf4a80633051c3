import ArgumentParser
import ReaderCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// `reader export`: writes a compilation as JSON or Markdown to standard output.
struct ExportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export",
    abstract: "Write a compilation as JSON or Markdown to standard output."
  )

  /// The output formats `export` knows.
  enum Format: String, ExpressibleByArgument, CaseIterable {
    case json
    case markdown
  }

  @Option(help: "The output format: json or markdown.")
  var format: Format = .json

  @Flag(help: "Export the built-in sample compilation.")
  var sample = false

  @Argument(
    help: "The compilation to read; `-` or nothing (with piped input) reads standard input.")
  var file: String?

  mutating func run() throws {
    let document: Document
    do {
      document = try load()
    } catch {
      fail(error.description)
    }
    let text: String
    switch format {
    case .json: text = JSONExporter.export(document)
    case .markdown: text = MarkdownExporter.export(document)
    }
    // Exported text is the file's own, controls included: faithful into a file or a pipe, but
    // on a terminal `ESC c` would reset it, so there every line is shown as the reader shows it.
    if isatty(STDOUT_FILENO) == 1 {
      writeAll(terminalSafeLines(text), to: 1)
    } else {
      writeAll(text, to: 1)
    }
  }

  private func load() throws(LoadError) -> Document {
    if sample {
      guard file == nil else { fail("reader: give either --sample or a file, not both") }
      return Document.sample()
    }
    if let file { return try DocumentLoader.load(path: file) }
    guard isatty(0) == 0 else {
      fail("reader: export needs a file, `-` with piped input, or --sample")
    }
    return try DocumentLoader.load(path: "-")
  }
}
