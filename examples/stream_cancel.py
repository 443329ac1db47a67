"""Stop a stream early: leaving the ``with`` block (or ``break``) closes the connection, so the
provider stops generating and you stop paying for tokens nobody reads."""

from openrouter_client import OpenRouter, user

LIMIT = 40  # characters we want


def main() -> None:
    received = ""
    with (
        OpenRouter() as client,
        client.chat.completions.create(
            model="openai/gpt-4o-mini",
            messages=[user("Tell me a very long story.")],
            stream=True,
        ) as stream,
    ):
        for text in stream.iter_text():
            received += text
            if len(received) >= LIMIT:
                break  # the with block closes the stream
    print(f"kept {len(received)} characters: {received[:LIMIT]!r}...")


if __name__ == "__main__":
    main()
