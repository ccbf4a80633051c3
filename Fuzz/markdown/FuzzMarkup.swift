import ReaderCore
import ReaderMarkup

/// Loads `bytes` as `source` with the markup readers; binary input may be refused, nothing
/// else may fail, and the document must be sound.
func fuzzMarkup(_ bytes: UnsafeBufferPointer<UInt8>, source: String) -> CInt {
  let document: Document
  do {
    document = try DocumentLoader.parse(bytes: bytes, source: source, readers: MarkupReaders.all)
  } catch {
    check(error == .binary(path: source), "unexpected load error \(error)")
    return 0
  }
  checkModel(document)
  checkJSON(JSONExporter.export(document))
  _ = MarkdownExporter.export(document)
  return 0
}
