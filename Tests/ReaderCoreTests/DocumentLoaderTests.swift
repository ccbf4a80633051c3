import ReaderCore
import TestSupport
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

private func write(_ text: String, to path: String) {
  let file = fopen(path, "wb")!
  _ = Array(text.utf8).withUnsafeBufferPointer { fwrite($0.baseAddress, 1, $0.count, file) }
  fclose(file)
}

@Suite struct DocumentLoaderTests {
  @Test func mapsARegularFile() throws {
    let folder = try TemporaryFolder("core")
    let directory = folder.path
    let path = directory + "/one.txt"
    write("A title\n\nby Ann Lee [2024-01-31].\n\nBody text.\n", to: path)
    let document = try DocumentLoader.load(path: path)
    #expect(document.source == path)
    #expect(document.articles.map(\.title) == ["A title"])
    #expect(document.articles[0].authors == ["Ann Lee"])
    #expect(document.lineCount == 5)
  }

  @Test func emptyFileHasNoArticles() throws {
    let folder = try TemporaryFolder("core")
    let directory = folder.path
    write("", to: directory + "/empty.txt")
    let document = try DocumentLoader.load(path: directory + "/empty.txt")
    #expect(document.articles.isEmpty)
    #expect(document.lineCount == 0)
    #expect(document.blocks.isEmpty)
  }

  @Test func blankOnlyFileHasNoArticlesButCountsItsLines() throws {
    let document = try parse("  \n\t\n\n")
    #expect(document.articles.isEmpty)
    #expect(document.lineCount == 3)
  }

  @Test func characterDeviceIsReadToTheEnd() throws {
    let document = try DocumentLoader.load(path: "/dev/null")
    #expect(document.articles.isEmpty)
  }

  @Test func directoryIsRefusedInOneLine() throws {
    let folder = try TemporaryFolder("core")
    let directory = folder.path
    #expect(throws: LoadError.isDirectory(path: directory)) {
      try DocumentLoader.load(path: directory)
    }
    #expect(LoadError.isDirectory(path: "notes/").description == "reader: notes/: is a directory")
  }

  @Test func missingFileIsRefusedInOneLine() throws {
    let folder = try TemporaryFolder("core")
    let path = folder.file("missing.txt")
    #expect(throws: LoadError.notFound(path: path)) { try DocumentLoader.load(path: path) }
    #expect(LoadError.notFound(path: "a.txt").description == "reader: a.txt: no such file")
  }

  @Test(.enabled(if: geteuid() != 0, "root reads any file"))
  func unreadableFileIsRefusedInOneLine() throws {
    let folder = try TemporaryFolder("core")
    let path = folder.file("secret.txt")
    write("text\n", to: path)
    chmod(path, 0)
    #expect(throws: LoadError.permissionDenied(path: path)) { try DocumentLoader.load(path: path) }
  }

  @Test func standardInputIsNamedInErrors() {
    #expect(
      LoadError.binary(path: "-").description
        == "reader: standard input: looks like a binary file (NUL bytes), not text")
  }
}
