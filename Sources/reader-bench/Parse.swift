import ArgumentParser
import ReaderCore
import ReaderMarkup

/// `reader-bench parse`: times `DocumentLoader.load(path:)` on a file and reports throughput,
/// what was found, and the process's peak memory.
struct Parse: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Load and parse a file K times; print MB/s (best, median), counts, peak RSS.",
    discussion: """
      MB/s is 10^6 bytes of file per second of DocumentLoader.load (mapping, decoding, \
      parsing, indexing). Peak RSS is getrusage's maximum after the first load (one document, \
      as the reader holds it) and after all loads (growth there means memory is kept between \
      loads), both before the baseline scan. The baseline is a plain read of the file plus a count of its newlines: \
      the speed a one-pass parser cannot beat.
      """
  )

  @Argument(help: "The compilation to parse.")
  var file: String

  @Option(name: .customLong("repeat"), help: "How many times to load the file.")
  var runs: Int = 5

  @Flag(help: "Print one JSON object instead of text.")
  var json = false

  func validate() throws {
    guard runs > 0 else { throw ValidationError("--repeat must be positive") }
  }

  func run() throws {
    var seconds: [Double] = []
    var summary = DocumentSummary()
    var peakAfterFirst = 0
    for run in 0..<runs {
      let start = MonotonicClock.now()
      let document = try DocumentLoader.load(path: file, readers: MarkupReaders.all)
      seconds.append(MonotonicClock.seconds(since: start))
      summary = DocumentSummary(document)
      if run == 0 { peakAfterFirst = PeakMemory.bytes() }
    }
    let peak = PeakMemory.bytes()
    let baseline = try BaselineScan.run(path: file, times: runs)

    let report = ParseReport(
      file: file, bytes: baseline.bytes, seconds: seconds, summary: summary,
      peakRSS: peakAfterFirst, peakRSSAllRuns: peak,
      baselineSeconds: baseline.seconds, lines: baseline.lines)
    print(json ? report.json : report.text)
  }
}

/// What the benchmark reports about a parsed document.
struct DocumentSummary {
  var bytes = 0
  var articles = 0
  var highlights = 0
  var quotes = 0
  var blocks = 0
  var authors = 0

  init() {}

  init(_ document: Document) {
    bytes = document.storage.count
    articles = document.articles.count
    highlights = document.highlights.count
    quotes = document.quotes.count
    blocks = document.blocks.count
    authors = document.authors.entries.count
  }
}
