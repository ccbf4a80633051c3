import ReaderCore
import Testing

/// Messages that print a file name the user did not type by hand (`reader *` in a hostile
/// directory) must not let that name drive the terminal.
@Suite struct HostileMessageTests {
  @Test func controlsInAPathAreShownVisiblyInLoadErrors() {
    let path = "notes\u{1B}]0;owned\u{07}\u{9B}2J\u{202E}txt.exe"
    #expect(
      LoadError.notFound(path: path).description
        == "reader: notes^[]0;owned^G<U+009B>2J<U+202E>txt.exe: no such file")
    #expect(
      LoadError.system(path: "a\rb", message: "Input/output error").description
        == "reader: a^Mb: Input/output error")
  }

  @Test func missingFileWithAnEscapeInItsNameReportsItVisibly() {
    let path = "/nonexistent-\u{1B}[2J-dir/file"
    do {
      _ = try DocumentLoader.load(path: path)
      Issue.record("loaded a missing file")
    } catch {
      #expect(error == .notFound(path: path))
      #expect(error.description == "reader: /nonexistent-^[[2J-dir/file: no such file")
    }
  }
}
