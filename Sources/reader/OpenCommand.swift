import NcursesBackend
import ReaderCore
import ReaderMarkup
import ReaderSettings
import ReaderUI
import TerminalText

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// `reader [FILE]` (or `reader open [FILE]`): the terminal UI.
///
/// A subcommand of its own, made the default, so that a file named like another subcommand
/// can still be opened (as `./export` or `reader open export`).
struct OpenCommand: ReaderCommand {
  static let name = "open"
  static let spec = CommandSpec(
    name: name,
    abstract: "Open a compilation in the terminal (the default).",
    discussion: [
      "With no FILE, reads standard input when it is piped, and otherwise opens the built-in "
        + "sample. A file named like a subcommand (export, snapshot) can be opened as ./export."
    ],
    options: [
      OptionSpec(
        name: "author", valueName: "author",
        help: "Show only this author's articles (full name or surname, any case)."),
      OptionSpec(
        name: "theme", valueName: "theme",
        help: "The theme: default, light, high-contrast, monochrome, or one of your own.",
        completion: .themes),
      OptionSpec(
        name: "no-mouse", valueName: nil, help: "Ignore the mouse (clicks, drags and the wheel)."),
      OptionSpec(
        name: "no-history", valueName: nil,
        help: "Neither read nor save where you were, nor your highlights (private reading)."),
    ],
    argumentName: "file",
    argumentHelp: "The compilation to open; `-` reads piped standard input (not a terminal).")

  let author: String?
  let theme: String?
  let noMouse: Bool
  let noHistory: Bool
  let file: String?

  init(_ arguments: ParsedArguments) {
    author = arguments.value("author")
    theme = arguments.value("theme")
    noMouse = arguments.flag("no-mouse")
    noHistory = arguments.flag("no-history")
    file = arguments.argument
  }

  func run() {
    // As `less -` does: a terminal is where the keys come from, so it cannot also be the
    // document; waiting for text typed blind there would look like a hang.
    if file == "-" && isatty(0) == 1 {
      fail(
        "reader: standard input is a terminal, not a document: pipe one in (cat FILE | reader -)"
          + " or name a FILE")
    }
    let environment = processEnvironment()
    let settings = effectiveSettings(theme: theme, noMouse: noMouse, environment: environment)
    // Opened (or failed) before the theme is read and before the terminal is touched, so a
    // missing file is a plain message and exit status 1.
    var program = openProgram(settings, environment: environment)
    let keyless = settings.keyBindings.actionsLeftWithoutKeys
    if !keyless.isEmpty {
      // Said in the status line of the first frame: the reader still starts.
      program.handle(
        .notice(
          "config: \(keyless.joined(separator: ", ")) left without a key by [keys]; "
            + "bind \(keyless.count == 1 ? "it" : "them") to another key"))
    }
    // Checked before the terminal is touched, so a broken theme file is a plain message.
    let chosenTheme: Theme
    do {
      chosenTheme = try loadTheme(settings, environment: environment, colors: true)
    } catch {
      fail("reader: \(error)")
    }
    do {
      try runReaderTerminal(&program, mouse: settings.mouse.value, bell: settings.bell.value) {
        capabilities in
        if capabilities.hasColors { return chosenTheme }
        return (try? loadTheme(settings, environment: environment, colors: false)) ?? chosenTheme
      }
    } catch {
      fail("reader: \(error)")
    }
  }

  /// The file, piped standard input, or the sample, as a program ready for the terminal.
  ///
  /// Without `--author`, a file is indexed only as far as the first screen needs, and the
  /// rest on a background thread: the first frame does not wait for a large file. With
  /// `--author` the whole document is parsed first, because an unknown or ambiguous name must
  /// be reported (with the names the file does hold) before the terminal starts.
  private func openProgram(_ settings: Configuration, environment: [String: String])
    -> ReaderProgram
  {
    let path: String? = file ?? (isatty(0) == 0 ? "-" : nil)
    var options = ReaderOptions(mouse: settings.mouse.value, fileLabel: fileLabel(for: path))
    options.keyBindings = settings.keyBindings
    options.showList = settings.list.value
    options.showSidebar = settings.sidebar.value
    options.readingWidth = settings.readingWidth.value
    // `--no-history` or `history = false` in the config: nothing is read or written.
    if !noHistory && settings.history.value {
      options.memory = MemoryAccess.settings(for: path, environment: environment)
    }
    let document: Document
    do {
      guard let author else {
        guard let path else { return ReaderProgram(document: Document.sample(), options: options) }
        // A pipe is read to its end before the terminal starts: a writer still at work would
        // otherwise leave the user looking at nothing, with no word of why.
        return try ReaderProgram(
          loading: path, options: options, readers: MarkupReaders.all,
          whileWaiting: {
            _ = writeAll(
              terminalSafeLines(
                "reader: reading \(path == "-" ? "standard input" : path) to its end… (Ctrl-C stops)\n"
              ),
              to: 2)
          })
      }
      if let path {
        document = try DocumentLoader.load(path: path, readers: MarkupReaders.all)
      } else {
        document = Document.sample()
      }
      switch resolveAuthor(author, in: document) {
      case .success(let name): options.authorFilter = name
      case .failure(let error): fail("reader: \(error)")
      }
    } catch {
      fail(error.description)
    }
    return ReaderProgram(document: document, options: options)
  }
}
