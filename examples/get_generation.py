"""What did a request cost, and which provider served it? Look its generation up by id.

The generation becomes queryable a moment after the completion; ``wait=`` polls until then.
"""

from openrouter_client import OpenRouter, user


def main() -> None:
    with OpenRouter() as client:
        result = client.chat.completions.create(
            model="openai/gpt-4o-mini", messages=[user("Say hi.")]
        )
        generation = client.generations.get(result.id, wait=15).data
    print(f"id:       {generation.id}")
    print(f"model:    {generation.model} via {generation.provider_name}")
    print(f"tokens:   {generation.tokens_prompt} in, {generation.tokens_completion} out")
    print(f"cost:     ${generation.total_cost}")
    print(f"latency:  {generation.latency} ms")


if __name__ == "__main__":
    main()
