"""Builders on the wire: a vision + PDF + plugins request sent through OpenRouter and
AsyncOpenRouter to MockOpenRouter arrives exactly as built, and the spec accepts it."""

from __future__ import annotations

from pathlib import Path

import pytest

from openrouter_client import (
    cache_control,
    file,
    file_parser,
    image,
    provider,
    reasoning,
    response_healing,
    system,
    text,
    user,
    web_search,
)
from openrouter_client.testing import MockOpenRouter
from tests.builders import media
from tests.builders.conftest import Run
from tests.builders.media import b64
from tests.spec_contract import assert_valid_request

pytestmark = pytest.mark.anyio


async def test_vision_pdf_and_plugins_request_arrives_as_built(
    run: Run, mock: MockOpenRouter, tmp_path: Path
) -> None:
    png, pdf = tmp_path / "chart.png", tmp_path / "report.pdf"
    png.write_bytes(media.png())
    pdf.write_bytes(media.PDF)
    mock.reply_text("A rising line; the report agrees.")

    result = await run(
        lambda c: c.chat.completions.create(
            model="openai/gpt-4o",
            models=["anthropic/claude-sonnet-4", "google/gemini-2.5-pro"],
            messages=[
                system("Be terse."),
                user(
                    [
                        cache_control(text("Compare the chart with the report."), "1h"),
                        image(png, detail="high"),
                        file(pdf),
                    ]
                ),
            ],
            plugins=[file_parser("mistral-ocr"), web_search(max_results=2), response_healing()],
            provider=provider(order=["openai", "azure"], allow_fallbacks=False, zdr=True),
            reasoning=reasoning(effort="low", exclude=True),
            temperature=0,
        )
    )

    assert result.choices[0].message.content == "A rising line; the report agrees."
    sent = mock.last_request.json
    assert sent == {
        "model": "openai/gpt-4o",
        "models": ["anthropic/claude-sonnet-4", "google/gemini-2.5-pro"],
        "messages": [
            {"role": "system", "content": "Be terse."},
            {
                "role": "user",
                "content": [
                    {
                        "type": "text",
                        "text": "Compare the chart with the report.",
                        "cache_control": {"type": "ephemeral", "ttl": "1h"},
                    },
                    {
                        "type": "image_url",
                        "image_url": {
                            "url": "data:image/png;base64," + b64(media.png()),
                            "detail": "high",
                        },
                    },
                    {
                        "type": "file",
                        "file": {
                            "file_data": "data:application/pdf;base64," + b64(media.PDF),
                            "filename": "report.pdf",
                        },
                    },
                ],
            },
        ],
        "plugins": [
            {"id": "file-parser", "pdf": {"engine": "mistral-ocr"}},
            {"id": "web", "max_results": 2},
            {"id": "response-healing"},
        ],
        "provider": {"order": ["openai", "azure"], "allow_fallbacks": False, "zdr": True},
        "reasoning": {"effort": "low", "exclude": True},
        "temperature": 0,
    }
    assert_valid_request("POST", "/chat/completions", sent)


async def test_model_fallbacks_alone_are_sent_as_models(run: Run, mock: MockOpenRouter) -> None:
    await run(
        lambda c: c.chat.completions.create(
            models=["openai/gpt-4o-mini", "mistralai/mistral-small"],
            messages=[user([text("Hi")])],
        )
    )
    sent = mock.last_request.json
    assert sent == {
        "models": ["openai/gpt-4o-mini", "mistralai/mistral-small"],
        "messages": [{"role": "user", "content": [{"type": "text", "text": "Hi"}]}],
    }
    assert_valid_request("POST", "/chat/completions", sent)


async def test_a_bad_part_fails_before_anything_is_sent(
    run: Run, mock: MockOpenRouter, tmp_path: Path
) -> None:
    with pytest.raises(ValueError, match=r"image\(\): no such file"):
        await run(
            lambda c: c.chat.completions.create(
                model="m", messages=[user([text("What is this?"), image(tmp_path / "gone.png")])]
            )
        )
    assert mock.requests == []
