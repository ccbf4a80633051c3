/// One terminal cell: what is drawn there and how.
///
/// `text` is one spacing character and the zero-width characters that follow it, exactly as
/// ncurses would put them in one cell. A character two columns wide occupies its own cell,
/// with `width == 2`, and the cell to its right, which is a continuation (`width == 0`,
/// empty `text`).
public struct Cell: Sendable, Hashable {
  public var text: String
  /// 1, 2, or 0 for the right half of a wide character.
  public var width: UInt8
  public var role: Role

  public init(text: String, width: UInt8, role: Role) {
    self.text = text
    self.width = width
    self.role = role
  }

  /// A space in `role`.
  public static func blank(_ role: Role = .text) -> Cell { Cell(text: " ", width: 1, role: role) }
}
