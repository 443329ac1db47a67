"""Vision: send an image (URL, local path or bytes) with a question.

A local file or bytes become a data URL with the right MIME type; a missing file, an unknown
format or an oversized image fails here, before anything is sent.
"""

import sys

from openrouter_client import OpenRouter, image, text, user

PICTURE = "https://upload.wikimedia.org/wikipedia/commons/4/47/PNG_transparency_demonstration_1.png"


def main() -> None:
    source = sys.argv[1] if len(sys.argv) > 1 else PICTURE  # a URL or a local image path
    with OpenRouter() as client:
        result = client.chat.completions.create(
            model="openai/gpt-4o-mini",
            messages=[user([text("What is in this picture?"), image(source, detail="low")])],
        )
    print(result.choices[0].message.content)


if __name__ == "__main__":
    main()
