"""OpenRouter client: a thin, typed facade over the generated `openrouter_api` package."""

__version__ = "0.1.0"
