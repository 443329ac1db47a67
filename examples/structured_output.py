"""Structured output: describe the answer as a dataclass; get an instance of it back.

The JSON Schema (strict mode) is made from the type; ``healing=True`` adds OpenRouter's
response-healing plugin, which repairs malformed JSON before it reaches you.
"""

from dataclasses import dataclass
from enum import Enum

from openrouter_client import OpenRouter, StructuredOutputError, user


class Sentiment(Enum):
    POSITIVE = "positive"
    NEUTRAL = "neutral"
    NEGATIVE = "negative"


@dataclass
class Review:
    """A product review, analysed."""

    product: str
    sentiment: Sentiment
    score: int
    pros: list[str]
    cons: list[str]


def main() -> None:
    text = "The X200 headphones sound great and the battery lasts forever, but they pinch."
    with OpenRouter() as client:
        try:
            result = client.chat.completions.parse(
                model="openai/gpt-4o-mini",
                messages=[user(f"Analyse this review: {text}")],
                response_format=Review,
                healing=True,
            )
        except StructuredOutputError as error:
            print("the model's answer did not fit:", error, "| raw:", error.raw_text)
            return
    review = result.parsed
    print(f"{review.product}: {review.sentiment.value} ({review.score}/10)")
    print("pros:", ", ".join(review.pros), "| cons:", ", ".join(review.cons))


if __name__ == "__main__":
    main()
