"""The model catalogue: the cheapest models with a long context window, fetched lazily."""

from openrouter_client import OpenRouter


def main() -> None:
    with OpenRouter() as client:
        models = [
            model
            for model in client.models.list(sort="pricing-low-to-high")
            if (model.context_length or 0) >= 100_000
        ]
    for model in models[:10]:
        prompt = float(model.pricing.prompt) * 1_000_000
        print(f"{model.id:45} {model.context_length:>9,} ctx  ${prompt:.2f}/M prompt tokens")


if __name__ == "__main__":
    main()
