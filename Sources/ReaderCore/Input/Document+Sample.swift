extension Document {
  /// The built-in sample compilation, parsed, with source `(sample)`.
  public static func sample() -> Document {
    do {
      return try DocumentLoader.parse(bytes: Array(SampleCompilation.text.utf8), source: "(sample)")
    } catch {
      // The sample is UTF-8 text written into the program; it cannot be binary.
      preconditionFailure("the built-in sample failed to load: \(error)")
    }
  }
}
