"""One chat completion: the answer, its token usage and its cost.

Run: OPENROUTER_API_KEY=... python examples/chat.py
(No key? `python -m openrouter_client.testing` serves a local mock and prints what to export.)
"""

from openrouter_client import OpenRouter, system, user


def main() -> None:
    with OpenRouter(app_title="openrouter-client examples") as client:
        result = client.chat.completions.create(
            model="openai/gpt-4o-mini",
            messages=[system("Answer in one sentence."), user("What is OpenRouter?")],
            temperature=0,
        )
    print(result.choices[0].message.content)
    usage = result.usage
    if usage:
        print(f"[{usage.prompt_tokens} + {usage.completion_tokens} tokens, ${usage.cost}]")


if __name__ == "__main__":
    main()
