"""A tool-call loop: plain typed Python functions become tools; ``run_tools`` calls the model,
runs what it asks for (in parallel), feeds the results back and returns the final answer."""

from typing import Literal

from openrouter_client import OpenRouter, tool, user


@tool
def get_weather(city: str, unit: Literal["celsius", "fahrenheit"] = "celsius") -> dict[str, object]:
    """Current weather in a city.

    Args:
        city: City name, e.g. "Paris".
        unit: Temperature unit.
    """
    return {"city": city, "temperature": 21 if unit == "celsius" else 70, "unit": unit}


@tool
def local_time(city: str) -> str:
    """The local time in a city, as HH:MM."""
    return "14:05"


def main() -> None:
    with OpenRouter() as client:
        run = client.chat.completions.run_tools(
            model="openai/gpt-4o-mini",
            messages=[user("What's the weather and the time in Paris?")],
            tools=[get_weather, local_time],
            max_steps=5,
        )
    for step in run.steps:
        for call in step.calls:
            print(f"tool {call.name}({call.arguments}) -> {call.output}")
    print("answer:", run.content)


if __name__ == "__main__":
    main()
