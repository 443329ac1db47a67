"""Prompt caching: mark a long, reused prefix with ``cache_control`` so later calls read it from
the provider's cache (cheaper, faster). ``usage.prompt_tokens_details.cached_tokens`` shows it."""

from openrouter_client import OpenRouter, system, text, user

HANDBOOK = "Company handbook. " + "Policy: be kind to customers. " * 400


def main() -> None:
    with OpenRouter() as client:
        for question in ("How should I treat customers?", "Summarise the policy in one word."):
            result = client.chat.completions.create(
                model="anthropic/claude-3.5-haiku",
                messages=[
                    system([text(HANDBOOK, cache_control="1h")]),  # cached for an hour
                    user(question),
                ],
            )
            usage = result.usage
            details = usage.prompt_tokens_details if usage else None
            cached = details.cached_tokens if details else 0
            print(f"{question} -> {result.choices[0].message.content} (cached tokens: {cached})")


if __name__ == "__main__":
    main()
