import ReaderCore

/// The markup readers the `reader` command hands to `DocumentLoader`, in the order they are
/// asked: Markdown by name.
public enum MarkupReaders {
  public static let all: [any MarkupReader] = [MarkdownReader()]
}
