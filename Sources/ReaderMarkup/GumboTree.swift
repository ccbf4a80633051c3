import CGumbo

/// A node of gumbo's tree, and the few questions the web page reader asks of it.
typealias GumboNodePointer = UnsafeMutablePointer<GumboNode>

extension UnsafeMutablePointer where Pointee == GumboNode {
  var isElement: Bool { pointee.type == GUMBO_NODE_ELEMENT || pointee.type == GUMBO_NODE_TEMPLATE }
  var isText: Bool {
    pointee.type == GUMBO_NODE_TEXT || pointee.type == GUMBO_NODE_WHITESPACE
      || pointee.type == GUMBO_NODE_CDATA
  }
  var tag: GumboTag { isElement ? pointee.v.element.tag : GUMBO_TAG_UNKNOWN }

  /// The element's children (none for other nodes).
  var children: [GumboNodePointer] {
    guard isElement || pointee.type == GUMBO_NODE_DOCUMENT else { return [] }
    let vector =
      pointee.type == GUMBO_NODE_DOCUMENT ? pointee.v.document.children : pointee.v.element.children
    guard let data = vector.data else { return [] }
    return (0..<Int(vector.length)).compactMap {
      data[$0]?.assumingMemoryBound(to: GumboNode.self)
    }
  }

  /// An attribute's value, as gumbo decoded it.
  func attribute(_ name: String) -> String? {
    guard isElement else { return nil }
    return withUnsafePointer(to: &pointee.v.element.attributes) { attributes in
      gumbo_get_attribute(attributes, name).flatMap { $0.pointee.value.map { String(cString: $0) } }
    }
  }

  /// The source line the node starts on.
  var line: Int {
    Int(isElement ? pointee.v.element.start_pos.line : isText ? pointee.v.text.start_pos.line : 0)
  }

  /// Text node content, NUL-terminated UTF-8.
  var textBytes: UnsafeBufferPointer<UInt8> {
    guard isText, let text = pointee.v.text.text else {
      return UnsafeBufferPointer(start: nil, count: 0)
    }
    let start = UnsafeRawPointer(text).assumingMemoryBound(to: UInt8.self)
    var count = 0
    while start[count] != 0 { count += 1 }
    return UnsafeBufferPointer(start: start, count: count)
  }

  /// Every node under this one, in document order, itself first; `descend` decides whether
  /// an element's children are visited. Iterative: pages nest thousands deep.
  func forEachNode(
    descend: (GumboNodePointer) -> Bool = { _ in true }, _ body: (GumboNodePointer) -> Void
  ) {
    var stack: [GumboNodePointer] = [self]
    while let node = stack.popLast() {
      body(node)
      guard descend(node) else { continue }
      stack.append(contentsOf: node.children.reversed())
    }
  }

  /// The bytes of text under this node, outside what `WebPageFurniture` drops.
  var textLength: Int {
    var total = 0
    forEachNode(descend: { !WebPageFurniture.isDropped($0) }) { node in
      if node.isText && node.pointee.type != GUMBO_NODE_WHITESPACE { total += node.textBytes.count }
    }
    return total
  }

  /// The text under this node, whitespace runs as one space, trimmed.
  var collapsedText: String {
    var bytes: [UInt8] = []
    var space = false
    forEachNode(descend: { !WebPageFurniture.isDropped($0) }) { node in
      guard node.isText else { return }
      Self.appendCollapsed(node.textBytes, to: &bytes, pendingSpace: &space)
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Appends `text` to `bytes` with each run of HTML whitespace as one space, none at the
  /// start; `pendingSpace` carries a run that ends one text node to the next.
  static func appendCollapsed(
    _ text: some Sequence<UInt8>, to bytes: inout [UInt8], pendingSpace: inout Bool
  ) {
    for byte in text {
      if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C {
        pendingSpace = true
      } else {
        if pendingSpace && !bytes.isEmpty { bytes.append(0x20) }
        pendingSpace = false
        bytes.append(byte)
      }
    }
  }
}
