"""Reasoning models: ask for thinking with a budget, read it, and keep it for the next turn.

``reasoning_details`` carry provider signatures; sending the previous assistant message back as
it came (the generated message object) keeps them intact for multi-turn use.
"""

from openrouter_client import OpenRouter, user


def main() -> None:
    with OpenRouter() as client:
        question = user("Is 1,000,003 prime? Answer yes or no.")
        first = client.chat.completions.create(
            model="anthropic/claude-sonnet-4",
            messages=[question],
            reasoning={"effort": "low", "exclude": False},
        )
        message = first.choices[0].message
        print("reasoning:", message.reasoning)
        print("answer:", message.content)

        follow_up = client.chat.completions.create(
            model="anthropic/claude-sonnet-4",
            messages=[question, message, user("Now explain in one sentence.")],
            reasoning={"max_tokens": 2000},
        )
        print("follow-up:", follow_up.choices[0].message.content)


if __name__ == "__main__":
    main()
