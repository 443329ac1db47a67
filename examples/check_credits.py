"""How much is left: account credits, and this key's own limit and usage."""

from openrouter_client import OpenRouter


def main() -> None:
    with OpenRouter() as client:
        credits = client.credits.get().data
        key = client.key.get().data
    print(
        f"credits: ${credits.total_credits:.2f} bought, ${credits.total_usage:.2f} used, "
        f"${credits.total_credits - credits.total_usage:.2f} left"
    )
    limit = "unlimited" if key.limit is None else f"${key.limit:.2f}"
    print(f"this key ({key.label}): limit {limit}, used ${key.usage:.2f}")


if __name__ == "__main__":
    main()
