extension Document {
  /// The most bytes a document's storage may hold: 4 GiB less one byte, so that every offset
  /// into it fits the `UInt32` a `Span` stores (12 bytes a span instead of 24). The loader
  /// refuses larger files and streams with `LoadError.tooLargeToOpen`.
  public static let maximumBytes = Int(UInt32.max)
}
