import TestSupport
import Testing

@testable import ReaderCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Offsets are stored in 32 bits, so the loader refuses text past `Document.maximumBytes`
/// with a clear error instead of storing offsets that do not fit.
@Suite struct StorageBoundTests {
  @Test func theBoundIsTheLargestUnsigned32BitOffset() {
    #expect(Document.maximumBytes == (1 << 32) - 1)
  }

  @Test func aFileBeyondTheBoundIsRefusedBeforeItIsRead() throws {
    let folder = try TemporaryFolder("bound")
    let path = folder.file("huge.txt")
    let descriptor = open(path, O_CREAT | O_WRONLY | O_CLOEXEC, 0o600)
    try #require(descriptor >= 0)
    // Sparse: no byte of it is written, so it takes no room on disk.
    let sized = ftruncate(descriptor, off_t(Document.maximumBytes + 1))
    close(descriptor)
    try #require(sized == 0)
    #expect(throws: LoadError.tooLargeToOpen(path: path, limit: Document.maximumBytes)) {
      try DocumentLoader.load(path: path)
    }
  }

  @Test func bytesBeyondTheBoundAreRefusedBeforeTheyAreCopied() {
    let bytes = repeatElement(UInt8(ascii: "a"), count: Document.maximumBytes + 1)
    #expect(throws: LoadError.tooLargeToOpen(path: "big", limit: Document.maximumBytes)) {
      try DocumentLoader.parse(bytes: bytes, source: "big")
    }
  }

  @Test func theErrorNamesTheFileAndTheBound() {
    #expect(
      LoadError.tooLargeToOpen(path: "big.txt", limit: Document.maximumBytes).description
        == "reader: big.txt: too large to open (4 GiB or more)")
  }

  @Test func windows1252IsCountedAsItIsConverted() {
    let bytes: [UInt8] = [0x41, 0x80, 0xE9, 0x9F, 0xFF, 0x20, 0x81]
    bytes.withUnsafeBufferPointer { buffer in
      #expect(
        TextDecoding.utf8Count(ofWindows1252: buffer)
          == TextDecoding.windows1252ToUTF8(buffer).count)
    }
  }
}
