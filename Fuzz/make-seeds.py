#!/usr/bin/env python3
"""Writes the committed seed corpus in Fuzz/corpus/ (all invented text).

Run it again after changing the seeds below; each file is named after what it holds.
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))

ESC = "\x1b"
HOSTILE = {
    "csi-colour": f"plain {ESC}[31mred{ESC}[0m plain",
    "csi-cursor": f"a{ESC}[2J{ESC}[H{ESC}[10;20Hb{ESC}[K{ESC}[1A",
    "osc-title": f"{ESC}]0;owned\x07 and {ESC}]2;title{ESC}\\ done",
    "osc8-link": f"{ESC}]8;;https://example.invalid/\x07click{ESC}]8;;\x07",
    "osc52-clipboard": f"{ESC}]52;c;ZWNobyBoaQ==\x07",
    "dcs": f"{ESC}P1$r0m{ESC}\\ after",
    "osc-unterminated": f"tail {ESC}]0;never closed",
    "c1": "c1 \u0080\u0085\u008d\u009b31m\u009d0;t\u009c",
    "c0": "bel\x07 bs\x08x cr\rover nul\x00 del\x7f",
    "bidi": "abc\u202edcba\u202c \u2066iso\u2069 \u202a\u202b\u202d\u2067\u2068",
    "zero-width": "a\u200bb\u200cc\u200dd\u2060e\ufeff",
    "cjk": "漢字かなカナ한국어 ｆｕｌｌ",
    "emoji-zwj": "👨\u200d👩\u200d👧 ❤\ufe0f 👍🏽 🏳\ufe0f\u200d🌈",
    "flags": "🇫🇷🇯🇵🇺 🏴\U000e0067\U000e0062\U000e0073\U000e0063\U000e0074\U000e007f",
    "combining": "e\u0301 a" + "\u0300" * 40 + " Z\u0335\u0321\u0334",
    "leading-combining": "\u0301\u0302x",
    "tabs": "a\tb\t\tc\td\n\tindented",
    "wide-at-edge": "abcdefghij中",
    "replacement": "bad \ufffd char",
}

INVALID_UTF8 = {
    "invalid-utf8": b"ok \x80 \xbf \xc0\xaf \xe0\x80\xaf \xed\xa0\x80 \xf4\x90\x80\x80 \xfe\xff end",
    "truncated-utf8": b"cut \xe4\xb8 \xf0\x9f\x98 tail \xe4",
    "windows-1252": b"caf\xe9 \x93quoted\x94 \x96 dash",
    "utf16-bom": "\ufeffhi there".encode("utf-16"),
    "nul-binary": b"\x00\x01\x02\x03binary\x00",
}

COMPILATIONS = {
    "one-article": """The Lighthouse at Grey Point

by Maren Oyelaran [3-4-2024 published].

A short standfirst about the keeper's last winter.

The keeper climbed the **ninety-one steps** every evening, and she said "the lamp never once failed me" to anyone who asked.

Maren Oyelaran is a writer who lives on the coast.
""",
    "two-articles-note": """(I've put these two pieces side by side because they answer each other. — QED)

Counting Birds in the Rain

By Ilse Varga and Tomás Reyes, field volunteers [2023-11-05 published].

Volunteers counted <b>four hundred</b> geese.

Head of Survey Olga Brandt:

We have never seen numbers like these before this year.

Source

Related

Why the geese come back [11-1-2023]

A Garden Under Glass

by Tomás Reyes [January 9, 2024 published].

The greenhouse holds __three climates__ under one roof.

Additional Related Articles

The winter census [12-2-2023] Worth reading for the method.

Leave a Comment
""",
    "lists-crlf": "Notes on Tools\r\n\r\nby Ada Quill.\r\n\r\n1. a hammer\r\n2. a **saw\r\nwith teeth**\r\n\r\n  - indented item\r\n\u2022 bullet\r\n",
    "lone-cr": "Title\r\rby Someone\r\rbody **bold\rmore** end\r",
    "unclosed-bold": "Heading\n\nby X\n\nan **opener with no closer\n\nand <strong>another</STRONG> one __x\n",
    "bom-utf8": "\ufeffTitle With BOM\n\nby Bo M [2024-02-29 published].\n\ntext\n",
    "no-structure": "just one line of text",
    "whitespace-only": " \t \n\n   \n\t\n",
    "empty": "",
    "quotes-inline": "Inline Quotes\n\nby Q Writer\n\nShe said \u201cthis is a long enough quotation\u201d and left. A \u201cscare\u201d quote. \"Four words are here,\" said Pat Lee.\n",
}


def write(target, name, data):
    directory = os.path.join(HERE, "corpus", target)
    os.makedirs(directory, exist_ok=True)
    with open(os.path.join(directory, name), "wb") as file:
        file.write(data)


def main():
    # The render target reads seven parameter bytes first: screen width, height, column,
    # limit, background, run cuts, indents (see Fuzz/render/main.swift).
    params = [bytes([11, 2, 0x13, 9, 1, 0x35, 0o12]), bytes([4, 0, 2, 7, 2, 0x21, 0o03]),
              bytes([0, 1, 0, 3, 0, 0, 0])]
    for index, (name, text) in enumerate(HOSTILE.items()):
        data = text.encode("utf-8")
        write("parser", name, data)
        write("render", name, params[index % len(params)] + data)
    for index, (name, data) in enumerate(INVALID_UTF8.items()):
        write("parser", name, data)
        write("render", name, params[index % len(params)] + data)
    for name, text in COMPILATIONS.items():
        write("parser", name, text.encode("utf-8"))
    hostile_compilation = ("Title " + ESC + "]0;x\x07\n\nby A B\n\n" + HOSTILE["bidi"] + " **"
                           + HOSTILE["c1"] + "**\n\n" + HOSTILE["emoji-zwj"] + "\n").encode("utf-8")
    write("parser", "hostile-compilation", hostile_compilation)
    # The ui target reads an event count, two bytes per event, then the document (see
    # Fuzz/ui/main.swift): keys are indexes into its key table, 0xC0-0xDF resize, 0xF0- mouse.
    walks = {
        "read": [0, 0, 2, 0, 6, 0, 36, 0, 0, 0, 7, 0],
        "search": [12, 0, 20, 0, 21, 0, 35, 0, 13, 0, 14, 0],
        "narrow": [0xC0, 3, 0, 0, 0xC4, 0, 6, 0, 0xC9, 40, 36, 0],
        "authors": [10, 0, 0, 0, 35, 0, 11, 0, 15, 0, 16, 0, 17, 0, 38, 0],
        "mouse": [0xF0, 10, 0xF1, 30, 0xF2, 90, 36, 0],
    }
    documents = {
        "two-articles": COMPILATIONS["two-articles-note"].encode("utf-8"),
        "hostile": hostile_compilation,
        "cjk": ("漢字の題\n\nby 山田 太郎.\n\n" + HOSTILE["cjk"] * 8 + "\n").encode("utf-8"),
    }
    for walk_name, walk in walks.items():
        for document_name, document in documents.items():
            write("ui", walk_name + "-" + document_name, bytes([len(walk) // 2] + walk) + document)


if __name__ == "__main__":
    main()
