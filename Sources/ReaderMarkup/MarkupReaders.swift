import ReaderCore

/// The markup readers the `reader` command hands to `DocumentLoader`, in the order they are
/// asked: a web page by name or by its start, then Markdown by name.
public enum MarkupReaders {
  public static let all: [any MarkupReader] = [WebPageReader(), MarkdownReader()]
}
