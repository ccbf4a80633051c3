/// The link selected in the reading pane, part of `ReaderModel`: set by `Tab`, cleared by
/// `Esc` and by any key that is not a link key. What the status line says of it is found once,
/// when it is selected, not on every frame.
public struct LinkState: Sendable, Hashable {
  public var selected: ShownLink?
  /// Which of the open article's links it is (0-based), and how many there are.
  public var position = 0
  public var count = 0
  /// The article of this compilation a related entry (or a link without an address) names,
  /// if any: where `Enter` goes. Other links are matched when followed.
  public var target: Int?

  public init() {}
}
