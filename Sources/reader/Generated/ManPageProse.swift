/// The sections of `reader.1` that describe the surroundings rather than the command line.
enum ManPageProse {
  static let rest = #"""
    .SH CONFIGURATION
    .I $XDG_CONFIG_HOME/reader/config.toml
    is TOML.
    Top\-level settings:
    .B theme
    (a theme's name),
    .BR mouse ,
    .B bell
    (a key that changes nothing rings it) and
    .B history
    (true or false),
    .B reading\-width
    (columns),
    .B list
    and
    .B sidebar
    (shown at start, true or false).
    A
    .B [keys]
    table binds action names to lists of keys, e.g.
    .B "next\-highlight = [\(dq]\(dq, \(dqn\(dq]"
    (see
    .BR "reader config" ).
    An unknown setting or action is an error naming the file, the line and the key.
    Command\-line options win over the file.
    .SH FILES
    .TP
    .I $XDG_CONFIG_HOME/reader/config.toml
    The settings (default
    .IR ~/.config/reader/config.toml ).
    .TP
    .I $XDG_CONFIG_HOME/reader/themes/NAME.toml
    The user's themes: one table per role with
    .BR fg ,
    .BR bg ,
    .BR bold ,
    .BR italic ,
    .BR underline ,
    .BR reverse ,
    .BR dim .
    A role left out, or a key left out of a role, is taken from
    .BR [text] .
    A file named like a built\-in theme replaces it.
    .TP
    .I PREFIX/share/reader/themes/
    Copies of the built\-in themes (default, light, high\-contrast, monochrome) to start from;
    the program itself has them compiled in.
    .TP
    .I $XDG_DATA_HOME/reader/reader.sqlite3
    What reader remembers (default
    .IR ~/.local/share/reader/reader.sqlite3 ):
    where you left off in each document, your highlights and notes.
    One SQLite database in WAL mode, so several readers can run at once.
    Nothing is read or written there with
    .B \-\-no\-history
    or
    .BR "history = false" ;
    .B reader forget FILE
    drops what it holds about one document, and deleting it forgets everything.
    .SH ENVIRONMENT
    .TP
    .B NO_COLOR
    When set and not empty, the monochrome theme is used whatever else is chosen.
    .TP
    .BR XDG_CONFIG_HOME ", " XDG_DATA_HOME
    Where the files above live; an unset, empty or relative value means the default under
    .BR HOME .
    .TP
    .B BROWSER
    The program that opens a link's address
    .RB ( o ):
    its first entry when it lists several separated by colons; without it,
    .BR xdg\-open .
    .TP
    .BR LINES ", " COLUMNS
    When set, the terminal's size, as in other curses programs; otherwise the size the
    terminal reports.
    .TP
    .B ESCDELAY
    Milliseconds to wait after Esc for the rest of a key's escape sequence before taking it
    as Esc itself (default 10), as in other curses programs.
    .TP
    .BR LC_ALL ", " LC_CTYPE ", " LANG
    The character set of the terminal. When it is not UTF\-8, only ASCII is sent: the
    panes' lines and marks are drawn in ASCII, other characters as ?, and the status line
    says so at start.
    .TP
    .B TERM
    The terminal type: keys, colours and drawing come from its terminfo entry.
    Without colours the monochrome theme is used.
    .SH EXIT STATUS
    .TP
    .B 0
    Success.
    .TP
    .B 1
    The file, the theme, the configuration or the terminal could not be used (one line on
    standard error says why).
    .TP
    .B 64
    The command line is wrong (an unknown option, a missing value); the usage follows the error.
    .SH EXAMPLES
    .TP
    .B reader digest.txt
    Read a compilation.
    .TP
    .B curl \-s https://example.org/digest.txt | reader
    Read one from a pipe; keys still come from the terminal.
    .TP
    .B reader \-\-author Wren \-\-theme light digest.txt
    Only one author's articles, on a light terminal.
    .TP
    .B reader export \-\-format markdown digest.txt > digest.md
    The parsed document as Markdown.
    .TP
    .B reader snapshot \-\-size 100x30 \-\-keys "]]" digest.txt
    The screen after two presses of
    .BR ] ,
    as text.
    .SH SEE ALSO
    .BR less (1)

    """#
}
