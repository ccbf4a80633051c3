import ReaderCore
import ReaderMarkup

/// Bytes as a saved web page → gumbo → `RenderedText` → the structure pass: the model's
/// indexes must all hold and its JSON be well formed, whatever the tag soup or charset.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  fuzzMarkup(FuzzInput(data, size).all, source: "fuzz.html")
}
