"""A Stoplight Prism mock of the prepared spec, for the whole session.

``prism mock -d`` (dynamic: bodies generated from the response schemas, seeded so a run is
repeatable) validates every request against the spec and answers 400 or 422 (with an
``sl-violations`` header) when one violates it. Prism 5.14.2 is installed by ``npm ci`` (package.json); it reads the prepared OpenAPI 3.1 JSON as
it is, so no derived copy is needed.
"""

from __future__ import annotations

import socket
import subprocess
import time
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest

from openrouter_client import AsyncOpenRouter, OpenRouter
from tests.conftest import ROOT
from tests.resources.conftest import API_KEY, Run, anyio_backend

__all__ = ["anyio_backend", "client", "prism_url"]

PRISM = ROOT / "node_modules" / ".bin" / "prism"
SPEC = ROOT / "generated" / "openrouter.prepared.json"
STARTUP_SECONDS = 60.0
# Prism seeds json-schema-faker per request, so each answer depends only on the seed and the
# request (not on test order). Some seeds hit a json-schema-faker crash ("Cannot read properties
# of undefined (reading 'items')" in shouldClean, a 500) on OpenResponsesResult; this one does not.
SEED = "openrouter"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _tail(log: Path, lines: int = 40) -> str:
    text = log.read_text(encoding="utf-8", errors="replace") if log.exists() else ""
    return "\n".join(text.splitlines()[-lines:]) or "<no output>"


def _listening(port: int) -> bool:
    try:
        socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
    except OSError:
        return False
    return True


@pytest.fixture(scope="session")
def prism_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    if not PRISM.exists():
        pytest.fail(f"Prism is not installed ({PRISM} missing): run `npm ci` in {ROOT}")
    port = _free_port()
    log = tmp_path_factory.mktemp("prism") / "prism.log"
    command = [str(PRISM), "mock", "-d", "--seed", SEED]
    command += ["--host", "127.0.0.1", "--port", str(port), str(SPEC)]
    with log.open("wb") as out:
        process = subprocess.Popen(
            command, stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, cwd=ROOT
        )
    try:
        deadline = time.monotonic() + STARTUP_SECONDS
        while not _listening(port):
            if process.poll() is not None:
                pytest.fail(f"Prism exited with {process.returncode} at start:\n{_tail(log)}")
            if time.monotonic() > deadline:
                pytest.fail(f"Prism not listening after {STARTUP_SECONDS:.0f} s:\n{_tail(log)}")
            time.sleep(0.1)
        yield f"http://127.0.0.1:{port}"
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)


@pytest.fixture(params=["sync", "async"])
async def client(request: pytest.FixtureRequest, prism_url: str) -> AsyncIterator[Run]:
    """``Run`` with a client of the Prism mock (no retries: a 422 must surface at once)."""
    cls = OpenRouter if request.param == "sync" else AsyncOpenRouter
    runner = Run(cls(api_key=API_KEY, base_url=prism_url, timeout=30.0, max_retries=0))
    try:
        yield runner
    finally:
        await runner.close()
