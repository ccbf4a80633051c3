import CCmarkGFM

/// Moves each footnote definition from the end of the document, where cmark gathers them, to
/// just after the top-level block that first refers to it: the note then stays in the article
/// that cites it, where at the end it became text of the last article.
enum FootnotePlacement {
  static func place(in root: OpaquePointer) {
    var definitions: [OpaquePointer] = []
    var child = cmark_node_first_child(root)
    while let node = child {
      if cmark_node_get_type(node) == CMARK_NODE_FOOTNOTE_DEFINITION { definitions.append(node) }
      child = cmark_node_next(node)
    }
    guard !definitions.isEmpty, let iterator = cmark_iter_new(root) else { return }
    // Found first, moved after: the tree is not changed while it is walked.
    var moves: [(after: OpaquePointer, definition: OpaquePointer)] = []
    var placed = Set<Int>()
    while true {
      let event = cmark_iter_next(iterator)
      if event == CMARK_EVENT_DONE { break }
      guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator),
        cmark_node_get_type(node) == CMARK_NODE_FOOTNOTE_REFERENCE,
        let literal = cmark_node_get_literal(node), let number = Int(String(cString: literal)),
        number >= 1, number <= definitions.count, !placed.contains(number),
        let block = topLevelBlock(of: node, in: root),
        cmark_node_get_type(block) != CMARK_NODE_FOOTNOTE_DEFINITION
      else { continue }
      placed.insert(number)
      moves.append((block, definitions[number - 1]))
    }
    cmark_iter_free(iterator)
    // Several notes after one block keep the order of their numbers.
    var lastAfter: [OpaquePointer: OpaquePointer] = [:]
    for move in moves {
      let anchor = lastAfter[move.after] ?? move.after
      cmark_node_insert_after(anchor, move.definition)
      lastAfter[move.after] = move.definition
    }
  }

  /// The child of `root` that holds `node`.
  private static func topLevelBlock(of node: OpaquePointer, in root: OpaquePointer)
    -> OpaquePointer?
  {
    var current = node
    while let parent = cmark_node_parent(current) {
      if parent == root { return current }
      current = parent
    }
    return nil
  }
}
