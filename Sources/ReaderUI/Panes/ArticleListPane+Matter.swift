import ReaderCore
import ReaderScreen

extension ArticleListPane {
  /// The dimmed entry standing for the document's front or back matter (a distributor's
  /// header, title page and contents; its end marker and licence): its title, then what it
  /// is and its lines, so a reader sees what was set aside and where to find it.
  static func matterEntry(
    _ matter: Matter, front: Bool, width: Int, indent: Int, isOpen: Bool = false,
    isSelected: Bool = false
  ) -> Entry {
    let lead = (isOpen ? "▸" : " ") + String(repeating: " ", count: max(0, indent - 2))
    let used = min(width, displayWidth(of: lead))
    let kind = front ? "front matter" : "back matter"
    return Entry(
      lead: lead, title: fit(matter.title, width: width - used, role: .muted),
      detail: fit(
        "\(kind) · lines \(matter.firstLine)–\(matter.lastLine)", width: max(0, width - indent),
        role: .muted),
      indent: min(width, indent), isSelected: isSelected)
  }
}
