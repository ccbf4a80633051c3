/// The user's own bindings (the config file's `[keys]`), consulted before `Keymap`: a key
/// bound here does what it is bound to; every other key keeps its default.
public struct KeyBindings: Sendable, Hashable {
  private var actions: [Key: Action]

  public init(_ actions: [Key: Action] = [:]) {
    self.actions = actions
  }

  public var isEmpty: Bool { actions.isEmpty }

  /// The action for `key` outside overlays and the search prompt: the user's, else the default.
  public func action(for key: Key) -> Action? {
    actions[key] ?? Keymap.action(for: key)
  }

  /// The config names of the actions these bindings leave without any key: a key bound to
  /// something else was the only one they had (`next-highlight = ["n"]` takes `next-match`'s
  /// `n`), in the order the help lists them.
  public var actionsLeftWithoutKeys: [String] {
    let taken = Set(
      actions.keys.compactMap { key -> Action? in
        guard let old = Keymap.action(for: key), old != actions[key] else { return nil }
        return old
      })
    guard !taken.isEmpty else { return [] }
    let reachable = Set(Self.everyKey.compactMap { action(for: $0) })
    return ActionNames.all.filter { taken.contains($0.action) && !reachable.contains($0.action) }
      .map(\.name)
  }

  /// Every key a default binding can use: printable ASCII, Ctrl with a letter, F1–F12 and the
  /// named keys.
  private static let everyKey: [Key] =
    (0x21...0x7E).compactMap { Unicode.Scalar($0).map { Key.character(Character($0)) } }
    + "abcdefghijklmnopqrstuvwxyz".map { Key.control($0) } + (1...12).map { Key.function($0) }
    + [
      .character(" "), .tab, .backTab, .down, .up, .left, .right, .pageDown, .pageUp, .home,
      .end, .enter, .escape,
    ]
}
