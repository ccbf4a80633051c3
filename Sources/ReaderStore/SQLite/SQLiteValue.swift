/// A value bound to a statement's parameter or read from a column.
public enum SQLiteValue: Sendable, Hashable {
  case integer(Int64)
  case text(String)
  case null

  /// `text`, or null when nil.
  public static func optional(_ text: String?) -> SQLiteValue {
    text.map { .text($0) } ?? .null
  }

  /// An `Int` as an integer.
  public static func int(_ value: Int) -> SQLiteValue { .integer(Int64(value)) }
}
