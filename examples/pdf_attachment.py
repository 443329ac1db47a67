"""Ask about a PDF: attach it from a path, bytes or URL; choose how OpenRouter parses it."""

import sys

from openrouter_client import OpenRouter, file, file_parser, text, user

PAPER = "https://bitcoin.org/bitcoin.pdf"


def main() -> None:
    source = sys.argv[1] if len(sys.argv) > 1 else PAPER  # a URL or a local .pdf path
    with OpenRouter() as client:
        result = client.chat.completions.create(
            model="anthropic/claude-sonnet-4",
            messages=[user([text("Summarise this document in three bullets."), file(source)])],
            plugins=[file_parser(pdf_engine="pdf-text")],  # free text extraction
        )
    print(result.choices[0].message.content)


if __name__ == "__main__":
    main()
