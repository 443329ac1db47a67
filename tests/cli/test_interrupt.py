"""Ctrl-C during a stream: the stream closes, what arrived stays, exit 130, no traceback."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import time
from collections.abc import Sequence

from openrouter_client.testing import ChatReply, MockOpenRouter

from .conftest import CLI, clean_env

ARRIVED = "The first words arrived,"
ANSWER = ARRIVED + " and the rest never will."


def _default_sigint() -> None:
    # A test runner started in the background may ignore SIGINT, which children inherit; a
    # terminal's Ctrl-C reaches the CLI with the default disposition.
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _start(args: Sequence[str], env: dict[str, str]) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [*CLI, *args],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        preexec_fn=_default_sigint,
    )


def _read_until(process: subprocess.Popen[bytes], expected: bytes) -> bytes:
    """Stdout as it arrives, until it holds ``expected`` (the CLI flushes every piece)."""
    assert process.stdout is not None
    received = b""
    while expected not in received:
        data = os.read(process.stdout.fileno(), 4096)
        assert data, f"stdout closed after {received!r}"
        received += data
    return received


def _interrupt(process: subprocess.Popen[bytes]) -> tuple[bytes, str]:
    process.send_signal(signal.SIGINT)
    stdout, stderr = process.communicate(timeout=20)
    return stdout, stderr.decode()


def test_ctrl_c_mid_stream_keeps_the_partial_answer(mock: MockOpenRouter) -> None:
    mock.reply(ChatReply(content=ANSWER, stall_at=len(ARRIVED), stall_seconds=60))
    process = _start(["chat", "Tell me a story"], clean_env(mock.env()))
    early = _read_until(process, ARRIVED.encode())
    rest, stderr = _interrupt(process)
    assert process.returncode == 130, stderr
    assert (early + rest).decode() == ARRIVED + "\n"
    assert "Traceback" not in stderr
    assert stderr.startswith(f"interrupted: stopped the stream after {len(ARRIVED)} characters")
    assert len(mock.requests_to("/chat/completions")) == 1
    assert "generation gen-" in stderr  # to look its cost up later


def test_ctrl_c_with_json_prints_the_partial_completion(mock: MockOpenRouter) -> None:
    mock.reply(ChatReply(content=ANSWER, stall_at=len(ARRIVED), stall_seconds=60))
    process = _start(["chat", "--json", "Tell me a story"], clean_env(mock.env()))
    mock.wait_for_requests(1, timeout=20)
    time.sleep(0.5)  # not asserted on: only makes "some chunks arrived" the usual case
    stdout, stderr = _interrupt(process)
    assert process.returncode == 130, stderr
    assert "Traceback" not in stderr
    content = json.loads(stdout)["choices"][0]["message"]["content"] if stdout else None
    # Whatever had arrived when the signal came (all of it but the stalled rest, or less).
    assert content is None or ARRIVED.startswith(content or "")


def test_ctrl_c_during_the_demo_stops_the_bundled_mock_cleanly() -> None:
    process = _start(["demo"], clean_env())
    early = _read_until(process, b"This answer")
    rest, stderr = _interrupt(process)
    assert process.returncode == 130, stderr
    assert (early + rest).decode().startswith("This answer")
    assert "Traceback" not in stderr
    assert "interrupted: stopped the stream" in stderr
