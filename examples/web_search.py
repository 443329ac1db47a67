"""Web search: the ``web`` plugin lets any model ground its answer in fresh results; the
sources come back as ``url_citation`` annotations on the message."""

from openrouter_client import OpenRouter, user, web_search
from openrouter_client.types import ChatUrlCitationAnnotation


def main() -> None:
    with OpenRouter() as client:
        result = client.chat.completions.create(
            model="openai/gpt-4o-mini",
            messages=[user("What happened in AI this week? Two sentences.")],
            plugins=[web_search(max_results=3)],
        )
    message = result.choices[0].message
    print(message.content)
    for annotation in message.annotations or []:
        if isinstance(annotation, ChatUrlCitationAnnotation):
            print(" -", annotation.url_citation.title, annotation.url_citation.url)


if __name__ == "__main__":
    main()
