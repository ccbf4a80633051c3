import ReaderCore
import ReaderMarkup

/// `reader highlights [FILE]`: your highlights and notes, newest first, for one file or for
/// every document you have read.
struct HighlightsCommand: ReaderCommand {
  static let name = "highlights"
  static let spec = CommandSpec(
    name: name,
    abstract: "List your highlights and notes, newest first.",
    options: [
      OptionSpec(
        name: "format", valueName: "format", help: "The output format: json, markdown or csv.",
        allowedValues: ExportCommand.Format.allCases.map(\.rawValue),
        shownDefault: ExportCommand.Format.markdown.rawValue)
    ],
    argumentName: "file",
    argumentHelp: "Only this compilation's highlights; without it, every document's.")

  let format: ExportCommand.Format
  let file: String?

  init(_ arguments: ParsedArguments) {
    format = arguments.value("format").flatMap(ExportCommand.Format.init(rawValue:)) ?? .markdown
    file = arguments.argument
  }

  func run() {
    let environment = processEnvironment()
    var records: [AnnotationRecord]
    if let file {
      let document: Document
      do {
        // Read as `reader` and `export` read it, or a Markdown file's highlights would be
        // looked for in its markup and found gone.
        document = try DocumentLoader.load(path: file, readers: MarkupReaders.all)
      } catch {
        fail(error.description)
      }
      records = AnnotationAccess.records(
        of: document, path: file, environment: environment, failing: true)
      records.reverse()
    } else {
      records = AnnotationAccess.allRecords(environment: environment, failing: true)
    }
    switch format {
    case .json: writeExport(AnnotationExport.listJSON(records))
    case .markdown: writeExport(AnnotationExport.listMarkdown(records))
    case .csv: writeExport(AnnotationExport.csv(records))
    }
  }
}
