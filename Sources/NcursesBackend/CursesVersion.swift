import CNcursesw

/// The linked ncurses library's version, as it reports it (`ncurses 6.4.20221231`).
public func cursesVersion() -> String {
  String(cString: curses_version())
}
