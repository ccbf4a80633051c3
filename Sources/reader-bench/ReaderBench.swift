import ArgumentParser

/// `reader-bench`: generates benchmark compilations and measures the parser.
@main
struct ReaderBench: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "reader-bench",
    abstract: "Benchmark tools for reader: generate compilations, time the parser and keys.",
    subcommands: [Generate.self, Parse.self, Keys.self]
  )
}
