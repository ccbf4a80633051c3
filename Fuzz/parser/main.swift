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
    check(looksBinary(input.all) != false, "refused as binary, but the rule says text")
    return 0
  }
  check(looksBinary(input.all) != true, "binary by the rule, but accepted")
  checkModel(document)
  checkJSON(JSONExporter.export(document))
  _ = MarkdownExporter.export(document)
  for block in document.blocks {
    let text = document.text(of: block)
    checkWrap([TextRun(text)], width: 9, firstIndent: Int(block.indent), restIndent: 2)
  }
  return 0
}

/// The loader's binary rule, written again: the first 8 KiB (after a UTF-8 byte order mark)
/// hold a NUL, and C0 controls other than tab, LF, VT, FF, CR and ESC are at least one in 64
/// of those bytes. Nil after a UTF-16 byte order mark, where the rule applies to the text
/// once converted.
func looksBinary(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
  var start = 0
  if bytes.count >= 2
    && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF))
  {
    return nil
  }
  if bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF { start = 3 }
  let window = bytes[start..<min(bytes.count, start + 8 * 1024)]
  guard window.contains(0) else { return false }
  let controls = window.filter { $0 < 0x20 && !(0x09...0x0D).contains($0) && $0 != 0x1B }.count
  return controls * 64 >= window.count
}
