import ArgumentParser

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// `reader-bench generate`: writes a deterministic, realistic compilation of a given size.
struct Generate: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Write a realistic compilation of about --bytes bytes (deterministic per seed).",
    discussion: """
      Articles are added until the output reaches --bytes, so the file is larger by at most \
      one article plus the closing section. The same --seed always gives the same bytes.
      """
  )

  @Option(help: "Target size in bytes (the file ends at the first article end past it).")
  var bytes: Int

  @Option(help: "Seed for the generator; the same seed gives identical output.")
  var seed: UInt64 = 6

  @Flag(help: "Write one single article of that size (a book) instead of many articles.")
  var oneArticle = false

  @Flag(help: "With --one-article: the book's text on one line after its title and byline.")
  var oneLine = false

  @Argument(help: "Where to write the compilation; - for standard output.")
  var output: String

  func validate() throws {
    guard bytes > 0 else { throw ValidationError("--bytes must be positive") }
    guard !oneLine || oneArticle else { throw ValidationError("--one-line needs --one-article") }
  }

  func run() throws {
    // Standard output gets a stream of its own: the C library's `stdout` global is not
    // concurrency-safe to reference from Swift 6.
    guard let file = output == "-" ? fdopen(1, "wb") : fopen(output, "wb") else {
      throw ValidationError("cannot open \(output): \(String(cString: strerror(errno)))")
    }
    let start = MonotonicClock.now()
    var generator = CompilationGenerator(seed: seed, sink: ByteSink(file: file))
    let written =
      try oneArticle
      ? generator.generateBook(targetBytes: bytes, oneLine: oneLine)
      : generator.generate(targetBytes: bytes)
    if fclose(file) != 0 { throw SinkError(errno: errno) }
    let seconds = MonotonicClock.seconds(since: start)
    if output != "-" {
      print(
        "wrote \(written) bytes to \(output) in \(Format.fixed(seconds * 1000, 1)) ms: "
          + "\(generator.articles) articles, \(generator.highlights) highlights")
    }
  }
}
