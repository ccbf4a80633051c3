import ArgumentParser
import NcursesBackend
import ReaderCore
import ReaderUI

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// `reader [FILE]` (or `reader open [FILE]`): the terminal UI.
///
/// A subcommand of its own, made the default, because a positional argument on the root
/// command would swallow the names of the other subcommands.
struct OpenCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "open",
    abstract: "Open a compilation in the terminal (the default).",
    discussion: """
      With no FILE, reads standard input when it is piped, and otherwise opens the built-in \
      sample. A file named like a subcommand (export, snapshot) can be opened as ./export.
      """
  )

  @Option(help: "Show only this author's articles (full name or surname, any case).")
  var author: String?

  @Option(help: "The theme: default, light, high-contrast, monochrome, or one of your own.")
  var theme: String?

  @Flag(help: "Ignore the mouse (clicks and the wheel).")
  var noMouse = false

  @Argument(help: "The compilation to open; `-` reads standard input.")
  var file: String?

  mutating func run() throws {
    let document = loadDocument()
    var options = ReaderOptions(mouse: !noMouse, fileLabel: document.source)
    if let author {
      switch resolveAuthor(author, in: document) {
      case .success(let name): options.authorFilter = name
      case .failure(let error): fail("reader: \(error)")
      }
    }
    // Checked before the terminal is touched, so a broken theme file is a plain message.
    let environment = processEnvironment()
    let chosenTheme: Theme
    do {
      chosenTheme = try ThemeCatalog.load(
        name: theme, environment: environment, colorsAvailable: true)
    } catch {
      fail("reader: \(error)")
    }
    var program = ReaderProgram(document: document, options: options)
    do {
      try runReaderTerminal(&program, mouse: !noMouse) { capabilities in
        if capabilities.hasColors { return chosenTheme }
        return
          (try? ThemeCatalog.load(
            name: theme, environment: environment, colorsAvailable: false)) ?? chosenTheme
      }
    } catch {
      fail("reader: \(error)")
    }
  }

  private func loadDocument() -> Document {
    do {
      if let file { return try DocumentLoader.load(path: file) }
      if isatty(0) == 0 { return try DocumentLoader.load(path: "-") }
      return Document.sample()
    } catch {
      fail(error.description)
    }
  }
}
