#!/usr/bin/env python3
"""Writes the Markdown and web-page variants of a generated plain-text compilation.

`reader-bench generate` writes plain text; this turns one such file into FILE.md and
FILE.html holding the same compilation, so the three readers can be timed on the same text:
a title line followed by a `by …` byline becomes a `##` heading (`<h2>`), every other
paragraph a Markdown paragraph (`<p>`), bold stays bold (`**`, `__`, `<b>`, `<strong>` become
`<b>` in the page), and the Markdown file
opens with a `#` title (`<h1>`). Usage: markup-variants.py FILE [TITLE]
"""
import html
import re
import sys


def paragraphs(text):
    return [p.strip("\n") for p in re.split(r"\n[ \t]*\n", text) if p.strip()]


def bold_tags(escaped):
    """The plain text's bold (`**`, `__`, `<b>`, `<strong>`, escaped by now) as `<b>`."""
    escaped = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", escaped, flags=re.S)
    escaped = re.sub(r"(?<![\w_])__(?=\S)(.+?)(?<=\S)__(?![\w_])", r"<b>\1</b>", escaped, flags=re.S)
    return re.sub(r"&lt;(b|strong)&gt;(.+?)&lt;/\1&gt;", r"<b>\2</b>", escaped,
                  flags=re.S | re.I)


def main():
    path = sys.argv[1]
    title = sys.argv[2] if len(sys.argv) > 2 else "A generated compilation"
    with open(path, encoding="utf-8") as handle:
        parts = paragraphs(handle.read())
    markdown = ["# " + title]
    page = ["<!doctype html><html><head><meta charset=\"utf-8\"><title>%s — Bench</title>"
            "</head><body><nav><a href=\"/\">Home</a></nav><article><h1>%s</h1>"
            % (html.escape(title), html.escape(title))]
    for index, part in enumerate(parts):
        following = parts[index + 1] if index + 1 < len(parts) else ""
        is_title = "\n" not in part and following.lower().startswith("by ")
        if is_title:
            markdown.append("## " + part)
            page.append("<h2>%s</h2>" % html.escape(part).replace("**", ""))
        else:
            markdown.append(part)
            escaped = html.escape(part, quote=False)
            page.append("<p>%s</p>" % bold_tags(escaped))
    page.append("</article><footer>Bench footer</footer></body></html>")
    with open(path + ".md", "w", encoding="utf-8") as handle:
        handle.write("\n\n".join(markdown) + "\n")
    with open(path + ".html", "w", encoding="utf-8") as handle:
        handle.write("\n".join(page) + "\n")


if __name__ == "__main__":
    main()
