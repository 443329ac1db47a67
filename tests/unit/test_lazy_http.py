"""A client makes its httpx pool on first use: one that never sends (or sends a bulk run on its
own wire) pays nothing for it; a closed client refuses to send, as httpx does."""

from __future__ import annotations

import asyncio

import pytest

from openrouter_client import AsyncOpenRouter, OpenRouter
from openrouter_client.testing import MockOpenRouter


def test_no_pool_until_the_first_request_and_none_after_close() -> None:
    with MockOpenRouter() as mock:
        client = mock.client()
        assert client._transport._http is None
        client.credits.get()
        assert client._transport._http is not None
        client.close()
        with pytest.raises(RuntimeError, match="client has been closed"):
            client.credits.get()
        unused = OpenRouter(api_key="sk-or-v1-x", base_url=mock.base_url)
        unused.close()
        assert unused._transport._http is None
        with pytest.raises(RuntimeError, match="client has been closed"):
            unused.credits.get()


def test_the_async_client_too() -> None:
    async def run() -> None:
        with MockOpenRouter() as mock:
            client = AsyncOpenRouter(api_key=mock.api_key, base_url=mock.base_url)
            assert client._transport._http is None
            await client.credits.get()
            await client.close()
            with pytest.raises(RuntimeError, match="client has been closed"):
                await client.credits.get()

    asyncio.run(run())
