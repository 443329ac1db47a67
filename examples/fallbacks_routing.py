"""Model fallbacks and provider routing: try models in order, and choose which providers may
serve the request (cheapest first, no data retention, no fallback to others)."""

from openrouter_client import OpenRouter, provider, user


def main() -> None:
    with OpenRouter() as client:
        result = client.chat.completions.create(
            models=["anthropic/claude-3.5-haiku", "openai/gpt-4o-mini"],  # first that works
            messages=[user("Say hello in French.")],
            provider=provider(
                sort="price",
                data_collection="deny",
                zdr=True,
                allow_fallbacks=False,  # sent as false, not dropped
                max_price={"prompt": 1, "completion": 2},  # USD per million tokens
            ),
        )
    print(f"{result.model} answered: {result.choices[0].message.content}")


if __name__ == "__main__":
    main()
