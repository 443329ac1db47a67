"""Stop a stream early: leaving the ``with`` block (or ``break``) closes the connection, so the
provider stops generating and you stop paying for tokens nobody reads."""

from openrouter_client import OpenRouter, user

LIMIT = 8  # characters we want


def main() -> None:
    received = ""
    pieces = 0
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
            pieces += 1
            if len(received) >= LIMIT:
                break  # the with block closes the stream
        else:
            print(f"the whole answer arrived before {LIMIT} characters: {received!r}")
            return
    print(f"stopped early after {pieces} pieces: kept {received!r}; the rest was never read")
    try:
        stream.get_final_completion()
    except Exception as error:  # the stream was closed before it finished
        print(f"the stream is closed: {type(error).__name__}")


if __name__ == "__main__":
    main()
