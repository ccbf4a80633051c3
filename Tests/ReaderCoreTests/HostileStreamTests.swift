import ReaderCore
import TestSupport
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A compilation bigger than a pipe's buffer, so reading has to loop: one title, one byline,
/// then numbered paragraphs.
private let bigCompilation: String = {
  var text = "Streamed title\n\nby Ann Lee.\n\n"
  for number in 1...3000 { text += "Paragraph \(number) of the streamed text, padded out.\n\n" }
  return text
}()

/// Writes `text` from another thread to `descriptor`, or when it is -1 to the file at `path`
/// (opened for writing, so a FIFO blocks until a reader comes), and closes it.
private func writeFromAnotherThread(
  _ text: String, to path: String = "", descriptor: Int32 = -1
) -> pthread_t {
  final class Job {
    let text: String
    let path: String
    let descriptor: Int32
    init(text: String, path: String, descriptor: Int32) {
      self.text = text
      self.path = path
      self.descriptor = descriptor
    }
  }
  let job = Unmanaged.passRetained(Job(text: text, path: path, descriptor: descriptor))
    .toOpaque()
  var thread = pthread_t()
  let started = pthread_create(
    &thread, nil,
    { raw in
      let job = Unmanaged<Job>.fromOpaque(raw!).takeRetainedValue()
      let descriptor = job.descriptor >= 0 ? job.descriptor : open(job.path, O_WRONLY)
      var text = job.text
      text.withUTF8 { bytes in
        var offset = 0
        while offset < bytes.count {
          let written = write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
          if written <= 0 { break }
          offset += written
        }
      }
      close(descriptor)
      return nil
    }, job)
  precondition(started == 0, "pthread_create failed")
  return thread
}

/// Runs `body` with standard input replaced by `descriptor`, then puts it back.
private func withStandardInput<T>(_ descriptor: Int32, _ body: () throws -> T) rethrows -> T {
  let saved = dup(0)
  dup2(descriptor, 0)
  close(descriptor)
  defer {
    dup2(saved, 0)
    close(saved)
  }
  return try body()
}

/// Issue 5's files and streams that the loader's own tests do not cover: FIFOs and standard
/// input piped, empty, or not readable. Serialized: they take turns with standard input.
@Suite(.serialized) struct HostileStreamTests {
  @Test func fifoIsReadToTheEndAcrossManyReads() throws {
    let folder = try TemporaryFolder("stream")
    let path = folder.file("pipe")
    #expect(mkfifo(path, 0o600) == 0)
    let writer = writeFromAnotherThread(bigCompilation, to: path)
    let document = try DocumentLoader.load(path: path)
    pthread_join(writer, nil)
    #expect(bigCompilation.utf8.count > 128 * 1024)
    #expect(document.storage.count == bigCompilation.utf8.count)
    #expect(document.articles.map(\.title) == ["Streamed title"])
    // The first paragraph, short and right after the byline, is the dek.
    #expect(document.articles[0].dek != nil)
    #expect(document.articles[0].paragraphCount == 2999)
    #expect(
      document.blocks.last.map { document.text(of: $0) }
        == "Paragraph 3000 of the streamed text, padded out.")
  }

  /// The pipe is close-on-exec: a `reader` that an end-to-end test spawns meanwhile (the
  /// tests share one process) must not inherit the write end and keep the read from ending.
  @Test func pipedStandardInputIsReadToTheEnd() throws {
    let ends = try #require(makeClosingPipe())
    let document = try withStandardInput(ends[0]) {
      let writer = writeFromAnotherThread(bigCompilation, descriptor: ends[1])
      defer { pthread_join(writer, nil) }
      return try DocumentLoader.load(path: "-")
    }
    #expect(document.source == "-")
    #expect(document.storage.count == bigCompilation.utf8.count)
    #expect(document.blocks.count == 3002)
  }

  @Test func emptyPipedStandardInputIsAnEmptyDocument() throws {
    let ends = try #require(makeClosingPipe())
    close(ends[1])
    let document = try withStandardInput(ends[0]) { try DocumentLoader.load(path: "-") }
    #expect(document.articles.isEmpty)
    #expect(document.lineCount == 0)
  }

  @Test func binaryOnStandardInputIsRefused() throws {
    let ends = try #require(makeClosingPipe())
    _ = [UInt8](arrayLiteral: 0x7F, 0x45, 0x4C, 0x46, 0, 0, 1).withUnsafeBytes {
      write(ends[1], $0.baseAddress, $0.count)
    }
    close(ends[1])
    #expect(throws: LoadError.binary(path: "-")) {
      try withStandardInput(ends[0]) { try DocumentLoader.load(path: "-") }
    }
  }

  @Test func unreadableStandardInputIsAOneLineError() throws {
    // Open for writing only, as after `reader - 0>/dev/null`: every read fails with EBADF.
    let writeOnly = open("/dev/null", O_WRONLY)
    #expect(writeOnly >= 0)
    var caught: LoadError?
    do {
      _ = try withStandardInput(writeOnly) { try DocumentLoader.load(path: "-") }
    } catch {
      caught = error as? LoadError
    }
    #expect(caught == .system(path: "-", message: "Bad file descriptor"))
    #expect(caught?.description == "reader: standard input: Bad file descriptor")
  }
}
