import Foundation
import TestSupport
import Testing

/// The scripts `reader completions SHELL` prints, loaded in the real shells: bash and fish
/// are asked for completions directly; zsh, whose completion runs only in its line editor, is
/// checked to load and register `_reader` and then typed into in tmux. Each test skips when
/// its shell is missing (CI installs all three).
@Suite struct ShellCompletionTests {
  /// Writes the script for `shell` and a user theme `solar` into `folder`; returns the
  /// script's path.
  private func prepare(_ shell: String, in folder: URL) throws -> String {
    let script = try runReader(["completions", shell], in: folder)
    #expect(script.status == 0)
    #expect(script.errors.isEmpty)
    let themes = folder.appendingPathComponent("config/reader/themes")
    try FileManager.default.createDirectory(at: themes, withIntermediateDirectories: true)
    try "[text]\n".write(
      to: themes.appendingPathComponent("solar.toml"), atomically: true, encoding: .utf8)
    try "".write(
      to: folder.appendingPathComponent("my notes.txt"), atomically: true, encoding: .utf8)
    let path = folder.appendingPathComponent("reader.\(shell)").path
    try script.output.write(toFile: path, atomically: true, encoding: .utf8)
    return path
  }

  private func shell(_ name: String, _ arguments: [String], in folder: URL) throws
    -> ProcessOutcome
  {
    try run(
      name, arguments,
      environment: [
        "HOME": folder.path, "XDG_CONFIG_HOME": folder.appendingPathComponent("config").path,
        "PATH": "/usr/bin:/bin", "TERM": "dumb",
      ], in: folder)
  }

  @Test(
    .enabled(if: installed("bash"), "needs bash"),
    arguments: [
      (["reader", "--th"], "--theme"),
      (["reader", "ex"], "export"),
      (["reader", "--theme", ""], "default high-contrast light monochrome solar"),
      // bash splits `--theme=` at the `=`.
      (["reader", "--theme", "=", ""], "default high-contrast light monochrome solar"),
      (["reader", "export", "--format", ""], "json markdown csv"),
      (["reader", "export", "--"], "--format --sample --suggest --help"),
      (["reader", "help", "s"], "snapshot"),
      (["reader", "--author", ""], ""),
      (["reader", "export", "my"], "my notes.txt"),
    ])
  func bashCompletes(words: [String], expected: String) throws {
    try withTemporaryFolder { folder in
      let script = try prepare("bash", in: folder)
      let quotedWords = words.map { "'\($0)'" }.joined(separator: " ")
      let result = try shell(
        "bash",
        [
          "-c",
          """
          cd '\(folder.path)' && source '\(script)'
          [[ $(complete -p reader) == 'complete -F _reader reader' ]] || echo not registered
          COMP_WORDS=(\(quotedWords)); COMP_CWORD=\(words.count - 1); _reader
          echo "${COMPREPLY[*]}"
          """,
        ], in: folder)
      #expect(result.errors.isEmpty)
      #expect(result.output == expected + "\n", "\(words)")
    }
  }

  @Test(.enabled(if: installed("zsh"), "needs zsh"))
  func zshLoadsTheScriptAndRegistersReader() throws {
    try withTemporaryFolder { folder in
      let script = try prepare("zsh", in: folder)
      let result = try shell(
        "zsh",
        [
          "-fc",
          """
          autoload -Uz compinit && compinit -u -d '\(folder.path)/zcompdump'
          source '\(script)'
          print -r -- $_comps[reader] ${+functions[_reader_open]} ${+functions[_reader_export]}
          """,
        ], in: folder)
      #expect(result.errors.isEmpty)
      #expect(result.output == "_reader 1 1\n")
    }
  }

  /// zsh completes only inside its line editor, so this one types into a real zsh in tmux.
  @Test(.enabled(if: installed("zsh") && EndToEnd.canRunInTmux, "needs zsh and tmux"))
  func zshCompletesOptionsThemesAndValuesInItsLineEditor() throws {
    try withTemporaryFolder { folder in
      let script = try prepare("zsh", in: folder)
      let functions = folder.appendingPathComponent("functions")
      try FileManager.default.createDirectory(at: functions, withIntermediateDirectories: true)
      try FileManager.default.copyItem(
        atPath: script, toPath: functions.appendingPathComponent("_reader").path)
      let binary = URL(fileURLWithPath: EndToEnd.readerPath).deletingLastPathComponent().path
      let session = try TmuxSession(
        width: 100, height: 12, directory: folder,
        command: "env -i HOME='\(folder.path)' XDG_CONFIG_HOME='\(folder.path)/config' "
          + "TERM=xterm PATH='\(binary):/usr/bin:/bin' zsh -f")
      try session.type(
        "fpath=('\(functions.path)' $fpath); autoload -U compinit; compinit -u -D; PS1='> '")
      try session.sendKeys("Enter")
      waitUntil("the prompt") {
        try session.capture().split(separator: "\n").contains { $0.hasPrefix(">") }
      }
      try session.type("reader --th")
      try session.sendKeys("Tab")
      // zsh completes an option that takes a value as `--theme=`.
      waitUntil("--theme is completed") { try session.capture().contains("> reader --theme=") }
      try session.sendKeys("Tab")
      waitUntil("the themes are listed") {
        let screen = try session.capture()
        return ["default", "high-contrast", "light", "monochrome", "solar"].allSatisfy {
          screen.contains($0)
        }
      }
      try session.sendKeys("C-u")
      try session.type("reader export --format ")
      try session.sendKeys("Tab")
      waitUntil("the formats are listed") {
        let screen = try session.capture()
        return screen.contains("json") && screen.contains("markdown")
      }
    }
  }

  @Test(
    .enabled(if: installed("fish"), "needs fish"),
    arguments: [
      ("reader --th", "--theme\t\(theme)"),
      // fish shows the option's description beside each value.
      (
        "reader --theme ",
        ["default", "high-contrast", "light", "monochrome", "solar"].map { "\($0)\t\(theme)" }
          .joined(separator: "\n")
      ),
      ("reader export --format ", "csv\t\(format)\njson\t\(format)\nmarkdown\t\(format)"),
      ("reader help sn", "snapshot"),
      (
        "reader exp",
        "export\tWrite a compilation and your highlights as JSON, Markdown or CSV."
      ),
    ])
  func fishCompletes(line: String, expected: String) throws {
    try withTemporaryFolder { folder in
      let script = try prepare("fish", in: folder)
      let result = try shell(
        "fish", ["--no-config", "-c", "source '\(script)'; complete -C '\(line)'"], in: folder)
      #expect(result.errors.isEmpty)
      #expect(result.output == expected + "\n", "\(line)")
    }
  }
}

private let theme = "The theme: default, light, high-contrast, monochrome, or one of your own."
private let format = "The output format: json, markdown or csv (your highlights, for Readwise)."

/// Whether `program` is on the usual PATH.
func installed(_ program: String) -> Bool {
  ["/usr/bin/", "/bin/", "/usr/local/bin/"].contains {
    FileManager.default.isExecutableFile(atPath: $0 + program)
  }
}
