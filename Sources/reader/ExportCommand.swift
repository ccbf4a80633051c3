import ReaderCore
import ReaderMarkup
import TerminalText

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// `reader export`: writes a compilation with your highlights as JSON or Markdown, or your
/// highlights alone as Readwise's CSV, to standard output.
struct ExportCommand: ReaderCommand {
  static let name = "export"
  static let spec = CommandSpec(
    name: name,
    abstract: "Write a compilation and your highlights as JSON, Markdown or CSV.",
    options: [
      OptionSpec(
        name: "format", valueName: "format",
        help: "The output format: json, markdown or csv (your highlights, for Readwise).",
        allowedValues: Format.allCases.map(\.rawValue), shownDefault: Format.json.rawValue),
      OptionSpec(name: "sample", valueName: nil, help: "Export the built-in sample compilation."),
      OptionSpec(
        name: "suggest", valueName: nil,
        help: "Add suggested key sentences to the JSON (`suggestions`)."),
    ],
    argumentName: "file",
    argumentHelp:
      "The compilation to read; `-` or nothing (with piped input) reads standard input.")

  /// The output formats `export` knows.
  enum Format: String, CaseIterable {
    case json
    case markdown
    case csv
  }

  let format: Format
  let sample: Bool
  let suggest: Bool
  let file: String?

  init(_ arguments: ParsedArguments) {
    // The parser has checked the value against `allowedValues`.
    format = arguments.value("format").flatMap(Format.init(rawValue:)) ?? .json
    sample = arguments.flag("sample")
    suggest = arguments.flag("suggest")
    file = arguments.argument
  }

  func run() {
    let document: Document
    do {
      document = try load()
    } catch {
      fail(error.description)
    }
    let environment = processEnvironment()
    // `history = false` in the config: nothing is read from the memory, so the export has no
    // highlights of yours (FORMAT.md: `annotations` is `[]` when history is off).
    let history = effectiveSettings(theme: nil, noMouse: false, environment: environment).history
    let annotations =
      history.value
      ? AnnotationAccess.records(
        of: document, path: sample ? nil : (file ?? "-"), environment: environment)
      : []
    // Exported text is the file's own, controls included: faithful into a file or a pipe, but
    // on a terminal `ESC c` would reset it, so there every line is shown as the reader shows it.
    switch format {
    case .json:
      let suggestions = suggest ? KeySentences.suggest(in: document) : []
      writeExport(
        JSONExporter.export(document, annotations: annotations, suggestions: suggestions))
    case .markdown: writeExport(MarkdownExporter.export(document, annotations: annotations))
    case .csv: writeExport(AnnotationExport.csv(annotations))
    }
  }

  private func load() throws(LoadError) -> Document {
    if sample {
      guard file == nil else { fail("reader: give either --sample or a file, not both") }
      return Document.sample()
    }
    if file == "-" && isatty(0) == 1 {
      // As `cat -` reads the terminal, but says so: otherwise it looks like a hang.
      _ = writeAll("reader: reading standard input (Ctrl-D to end)\n", to: 2)
    }
    if let file { return try DocumentLoader.load(path: file, readers: MarkupReaders.all) }
    guard isatty(0) == 0 else {
      fail("reader: export needs a file, `-` with piped input, or --sample")
    }
    return try DocumentLoader.load(path: "-", readers: MarkupReaders.all)
  }
}
