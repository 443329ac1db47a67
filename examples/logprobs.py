"""Token log-probabilities: how sure was the model of each token, and what else it considered."""

import math

from openrouter_client import OpenRouter, user


def main() -> None:
    with OpenRouter() as client:
        result = client.chat.completions.create(
            model="openai/gpt-4o-mini",
            messages=[user("Answer with one word: the capital of France?")],
            logprobs=True,
            top_logprobs=3,
            max_tokens=5,
        )
    choice = result.choices[0]
    print("answer:", choice.message.content)
    if not choice.logprobs or not choice.logprobs.content:
        print("(this provider returned no logprobs)")
        return
    for token in choice.logprobs.content:
        alternatives = ", ".join(f"{alt.token!r}" for alt in token.top_logprobs)
        print(f"{token.token!r}: p={math.exp(token.logprob):.3f}  (also: {alternatives})")


if __name__ == "__main__":
    main()
