import ReaderCore
import Testing

@Suite struct ExportTests {
  static let compilation = """
    Tide "tables" **matter**

    by Ann Lee & Bo Chen, harbour pilots [3-4-2024 published].

    (Two pieces on tides. — ED)

    Why the sea keeps time.

    Ann Lee is a pilot.

    The tide “comes in twice a day,” said Bo Chen.

    Tab\there \u{1}.

    Related

    Moon facts [2024-03-01] Short.

    Additional Related Articles

    Charts [March 2, 2024]

    Leave a Comment
    """

  @Test func jsonMatchesTheSchemaExactly() throws {
    let document = try parse(Self.compilation, source: "dir/tides.txt")
    let expected = #"""
      {
        "format": "reader-document/2",
        "source": "dir/tides.txt",
        "input": "text",
        "encoding": "utf-8",
        "title": null,
        "editor": {
          "name": "ED",
          "note": "Two pieces on tides."
        },
        "authors": [
          {
            "name": "Ann Lee",
            "articles": [
              1
            ]
          },
          {
            "name": "Bo Chen",
            "articles": [
              1
            ]
          }
        ],
        "highlightCount": 1,
        "frontMatter": null,
        "backMatter": null,
        "articles": [
          {
            "number": 1,
            "title": "Tide \"tables\" matter",
            "authors": [
              "Ann Lee",
              "Bo Chen"
            ],
            "authorDescription": "harbour pilots",
            "date": "2024-03-04",
            "dateText": "3-4-2024",
            "dek": "Why the sea keeps time.",
            "bio": "Ann Lee is a pilot.",
            "paragraphs": 2,
            "lines": {
              "first": 1,
              "last": 21
            },
            "blocks": [
              {
                "kind": "title",
                "text": "Tide \"tables\" matter",
                "spans": [
                  {
                    "start": 14,
                    "end": 20,
                    "highlight": 1,
                    "link": false,
                    "url": null
                  }
                ]
              },
              {
                "kind": "byline",
                "text": "by Ann Lee & Bo Chen, harbour pilots [3-4-2024 published].",
                "spans": []
              },
              {
                "kind": "note",
                "text": "Two pieces on tides.",
                "spans": []
              },
              {
                "kind": "dek",
                "text": "Why the sea keeps time.",
                "spans": []
              },
              {
                "kind": "bio",
                "text": "Ann Lee is a pilot.",
                "spans": []
              },
              {
                "kind": "paragraph",
                "text": "The tide “comes in twice a day,” said Bo Chen.",
                "spans": []
              },
              {
                "kind": "paragraph",
                "text": "Tab\there \u0001.",
                "spans": []
              },
              {
                "kind": "related",
                "text": "Related",
                "spans": []
              },
              {
                "kind": "related",
                "text": "Moon facts [2024-03-01] Short.",
                "spans": []
              },
              {
                "kind": "related",
                "text": "Additional Related Articles",
                "spans": []
              },
              {
                "kind": "related",
                "text": "Charts [March 2, 2024]",
                "spans": []
              }
            ],
            "highlights": [
              {
                "number": 1,
                "text": "matter"
              }
            ],
            "quotes": [
              {
                "kind": "inline",
                "speaker": "Bo Chen",
                "role": null,
                "text": "comes in twice a day"
              }
            ],
            "related": [
              {
                "title": "Moon facts",
                "date": "2024-03-01",
                "note": "Short.",
                "url": null
              }
            ]
          }
        ],
        "related": [
          {
            "title": "Charts",
            "date": "2024-03-02",
            "note": null,
            "url": null
          }
        ],
        "annotations": [],
        "suggestions": []
      }

      """#
    #expect(JSONExporter.export(document) == expected)
  }

  @Test func jsonEscapesQuotesBackslashesAndControlsButNotNonASCII() throws {
    let document = try parse("Tab\there \u{1} \\ \"q\" é ✓\n")
    let json = JSONExporter.export(document)
    #expect(json.contains(#"    "title": "Tab\there \u0001 \\ \"q\" é ✓","#))
  }

  @Test func jsonOfAnEmptyDocument() throws {
    let document = try parse("", source: "-")
    #expect(
      JSONExporter.export(document) == """
        {
          "format": "reader-document/2",
          "source": "-",
          "input": "text",
          "encoding": "utf-8",
          "title": null,
          "editor": null,
          "authors": [],
          "highlightCount": 0,
          "frontMatter": null,
          "backMatter": null,
          "articles": [],
          "related": [],
          "annotations": [],
          "suggestions": []
        }

        """)
  }

  @Test func markdownExport() throws {
    let document = try parse(
      """
      Tide **matter**

      by Ann Lee [3-4-2024 published].

      (Two pieces. — ED)

      Why the sea keeps time.

      Body with a literal * star.

      Harbour chief Ola Nordmann:

      We sail.

      1. At dawn.

      Source

      Related

      Moon facts [2024-03-01] Short.

      Other [2024-03-02]

      Additional Related Articles

      Charts [March 2, 2024]
      """)
    #expect(
      MarkdownExporter.export(document) == """
        ## Tide **matter**

        *by Ann Lee — 2024-03-04*

        > *(Two pieces. — ED)*

        *Why the sea keeps time.*

        Body with a literal \\* star.

        > We sail.
        >
        > 1. At dawn.
        >
        > — Ola Nordmann, Harbour chief

        ### Related

        - Moon facts [2024-03-01] Short.
        - Other [2024-03-02]

        ## Additional Related Articles

        - Charts [2024-03-02]

        """)
  }
}
