import ReaderUI
import TerminalText

/// `reader manpage`: prints `reader.1` (roff) for `make install`. Hidden: it is for packagers.
struct ManPageCommand: ReaderCommand {
  static let name = "manpage"
  static let spec = CommandSpec(
    name: name,
    abstract: "Print the manual page (roff).",
    options: [],
    argumentName: nil,
    argumentHelp: "",
    hidden: true)

  init(_ arguments: ParsedArguments) {}

  func run() {
    let page = ManPage(commands: Reader.visibleSpecs, keys: Keymap.help, version: Version.number)
    writeOutput(page.text)
  }
}
