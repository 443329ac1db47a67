"""Ask several models at once from one AsyncOpenRouter (one connection pool, concurrent requests)."""

import asyncio

from openrouter_client import AsyncOpenRouter, user
from openrouter_client.types import ChatResult

MODELS = ["openai/gpt-4o-mini", "anthropic/claude-3.5-haiku", "google/gemini-2.0-flash-001"]


async def ask(client: AsyncOpenRouter, model: str, question: str) -> ChatResult:
    return await client.chat.completions.create(model=model, messages=[user(question)])


async def main() -> None:
    async with AsyncOpenRouter() as client:
        answers = await asyncio.gather(
            *(ask(client, model, "Name one prime number.") for model in MODELS)
        )
    for model, answer in zip(MODELS, answers, strict=True):
        print(f"{model} ({answer.model}): {answer.choices[0].message.content}")


if __name__ == "__main__":
    asyncio.run(main())
