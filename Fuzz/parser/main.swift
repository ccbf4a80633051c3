import ReaderCore
import ReaderScreen

/// Bytes → `DocumentLoader.parse` → every part of the model, both exports, and every block
/// wrapped as the reading pane would. Binary input must be refused with `.binary`, anything
/// else must parse into a model whose indexes all hold (see ModelInvariants.swift).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let input = FuzzInput(data, size)
  let document: Document
  do {
    document = try DocumentLoader.parse(bytes: input.all, source: "fuzz.txt")
  } catch {
    check(error == .binary(path: "fuzz.txt"), "unexpected load error \(error)")
    check(hasNUL(input.all), "refused as binary without a NUL near the start")
    return 0
  }
  check(!hasNUL(input.all) || startsWithBOM(input.all), "a NUL near the start was accepted")
  checkModel(document)
  checkJSON(JSONExporter.export(document))
  _ = MarkdownExporter.export(document)
  for block in document.blocks {
    let text = document.text(of: block)
    checkWrap([TextRun(text)], width: 9, firstIndent: Int(block.indent), restIndent: 2)
  }
  return 0
}

/// A NUL in the first 8 KiB: what the loader calls binary.
func hasNUL(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
  bytes.prefix(8 * 1024).contains(0)
}

/// A UTF-8 or UTF-16 byte order mark, which settles the encoding before the binary check.
func startsWithBOM(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
  if bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF { return true }
  return bytes.count >= 2
    && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF))
}
