"""Stream an answer as it is written, then read the assembled completion and its cost."""

from openrouter_client import OpenRouter, user


def main() -> None:
    with (
        OpenRouter() as client,
        client.chat.completions.create(
            model="openai/gpt-4o-mini",
            messages=[user("Write a haiku about routers.")],
            stream=True,
        ) as stream,
    ):
        for text in stream.iter_text():
            print(text, end="", flush=True)
        final = stream.get_final_completion()
    print()
    print(f"[finish_reason={final.choices[0].finish_reason}, usage={stream.usage}]")


if __name__ == "__main__":
    main()
