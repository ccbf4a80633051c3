import ReaderScreen

/// A named set of attributes, one for each role.
public struct Theme: Sendable, Hashable {
  public var name: String
  /// Whether the theme uses colour at all (monochrome themes use attributes only).
  public var usesColor: Bool
  private var attributesByRole: [Role: TextAttributes]

  public init(name: String, usesColor: Bool, attributes: [Role: TextAttributes]) {
    self.name = name
    self.usesColor = usesColor
    self.attributesByRole = attributes
  }

  /// Whether the theme sets `role` itself rather than falling back to `.text`.
  public func defines(_ role: Role) -> Bool {
    attributesByRole[role] != nil
  }

  /// The attributes for `role`; a role the theme leaves out is drawn like `.text`. The
  /// highlight roles are always bold, whatever the theme says: bold is what the editor chose.
  public func attributes(for role: Role) -> TextAttributes {
    var result = attributesByRole[role] ?? attributesByRole[.text] ?? TextAttributes()
    if role == .highlight || role == .currentHighlight { result.bold = true }
    return result
  }
}
