/// Where text goes inside the reading pane: a one-column margin each side, and lines no
/// longer than `readingWidth` (else `maximumTextWidth`) however wide the pane.
extension Layout {
  public static let maximumTextWidth = 100

  /// The column where reading text starts.
  public var textLeft: Int { reading.lowerBound + (reading.count >= 4 ? 1 : 0) }

  /// How many columns the reading text is wrapped to (at least 1).
  public var textWidth: Int {
    let available = reading.count >= 4 ? reading.count - 2 : reading.count
    return max(1, min(readingWidth ?? Layout.maximumTextWidth, available))
  }
}
