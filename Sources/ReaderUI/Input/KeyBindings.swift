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
}
