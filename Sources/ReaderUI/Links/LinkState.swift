/// The link selected in the reading pane, part of `ReaderModel`: set by `Tab`, cleared by
/// `Esc` and by any key that is not a link key.
public struct LinkState: Sendable, Hashable {
  public var selected: ShownLink?

  public init() {}
}
