import TestSupport
import Testing

@testable import ReaderCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A pipe already holding `text` and closed for writing; its reading end as a path.
private func pipeHolding(_ text: String) -> (path: String, descriptor: Int32) {
  guard let ends = makeClosingPipe() else { preconditionFailure("pipe failed") }
  let bytes = Array(text.utf8)
  precondition(bytes.count < 16 * 1024, "more than a pipe surely buffers")
  _ = bytes.withUnsafeBufferPointer { write(ends[1], $0.baseAddress, $0.count) }
  close(ends[1])
  return ("/dev/fd/\(ends[0])", ends[0])
}

/// Issue 14 item 2: streams that never end, and files whose size says 0.
@Suite struct EndlessStreamTests {
  @Test func zeroDeviceIsRefusedAsBinary() {
    #expect(throws: LoadError.binary(path: "/dev/zero")) {
      try DocumentLoader.load(path: "/dev/zero")
    }
  }

  @Test func randomDeviceIsRefusedAsBinary() {
    #expect(throws: LoadError.binary(path: "/dev/urandom")) {
      try DocumentLoader.load(path: "/dev/urandom")
    }
  }

  @Test func streamPastTheBoundIsRefused() {
    #expect(throws: LoadError.tooLarge(path: "/dev/zero", limit: 100)) {
      try DocumentLoader.load(path: "/dev/zero", streamLimit: 100)
    }
  }

  @Test func textStreamPastTheBoundIsRefused() {
    let stream = pipeHolding(String(repeating: "words and more words\n", count: 50))
    defer { close(stream.descriptor) }
    #expect(throws: LoadError.tooLarge(path: stream.path, limit: 1000)) {
      try DocumentLoader.load(path: stream.path, streamLimit: 1000)
    }
  }

  @Test func textStreamOfExactlyTheBoundIsRead() throws {
    let text = String(repeating: "0123456789\n", count: 10)
    let stream = pipeHolding(text)
    defer { close(stream.descriptor) }
    let document = try DocumentLoader.load(path: stream.path, streamLimit: text.utf8.count)
    #expect(document.lineCount == 10)
  }

  @Test func boundIsStatedInTheMessage() {
    #expect(
      LoadError.tooLarge(path: "-", limit: 1 << 30).description
        == "reader: standard input: more than 1 GiB, the most read from a stream")
    #expect(
      LoadError.tooLarge(path: "x", limit: 1000).description
        == "reader: x: more than 1000 bytes, the most read from a stream")
    #expect(DocumentLoader.defaultStreamLimit == 1 << 30)
  }

  @Test func procFileWhoseSizeSaysZeroIsReadToItsEnd() throws {
    let path = "/proc/version"
    var status = stat()
    guard stat(path, &status) == 0, status.st_size == 0 else { return }
    let expected = readFileBytes(path)
    let document = try DocumentLoader.load(path: path)
    #expect(!expected.isEmpty)
    #expect(document.storage.count == expected.count)
    #expect(Array(document.storage.bytes) == expected)
  }
}
