import ReaderCore
import ReaderMarkup

/// Bytes as a Markdown file → cmark-gfm → `RenderedText` → the structure pass: the model's
/// indexes must all hold and its JSON be well formed, whatever the nesting and delimiters.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  fuzzMarkup(FuzzInput(data, size).all, source: "fuzz.md")
}
