"""``openrouter-client batch``: exit codes and summary; kill -9 at any moment, then the same
command again: exactly one line per custom_id, nothing finished sent twice."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from openrouter_client.cli import main
from openrouter_client.testing import MockOpenRouter

from .conftest import chat, read_results, write_jsonl


def test_the_command_writes_results_and_a_json_summary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    source = write_jsonl(tmp_path / "in.jsonl", [chat("a"), chat("b")])
    with MockOpenRouter() as mock:
        for name, value in mock.env().items():
            monkeypatch.setenv(name, value)
        code = main(["batch", str(source), str(tmp_path / "out.jsonl"), "--json", "--no-progress"])
    assert code == 0
    summary = json.loads(capsys.readouterr().out)
    assert (summary["succeeded"], summary["failed"], summary["total"]) == (2, 0, 2)
    assert set(read_results(tmp_path / "out.jsonl")) == {"a", "b"}


def test_failed_lines_exit_1_and_bad_input_exits_2(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = {"custom_id": "x", "body": {"model": "m", "messages": []}}  # minItems 1
    source = write_jsonl(tmp_path / "in.jsonl", [chat("a"), bad])
    with MockOpenRouter() as mock:
        for name, value in mock.env().items():
            monkeypatch.setenv(name, value)
        assert main(["batch", str(source), str(tmp_path / "out.jsonl"), "--no-progress"]) == 1
        assert "1 succeeded, 1 failed" in capsys.readouterr().err
        assert read_results(tmp_path / "out.jsonl")["x"]["error"]["code"] == "invalid_request"
        assert len(mock.requests) == 1  # refused by the spec's rules: not sent
        unchecked = ["batch", str(source), str(tmp_path / "sent.jsonl"), "--no-progress"]
        assert main([*unchecked, "--no-check"]) == 1
        assert read_results(tmp_path / "sent.jsonl")["x"]["response"]["status_code"] == 400
        assert len(mock.requests) == 3
        capsys.readouterr()
        (tmp_path / "broken.jsonl").write_text("{not json\n")
        code = main(["batch", str(tmp_path / "broken.jsonl"), str(tmp_path / "o2.jsonl")])
        assert code == 2
        assert "broken.jsonl line 1: not JSON" in capsys.readouterr().err
        assert main(["batch", str(tmp_path / "missing.jsonl"), str(tmp_path / "o3.jsonl")]) == 2
        assert "missing.jsonl: no such file" in capsys.readouterr().err


class PaidCalls:
    """Requests the mock answered (past its rate limit), per prompt."""

    def __init__(self, mock: MockOpenRouter) -> None:
        self.counts: Counter[str] = Counter()
        self.lock = threading.Lock()
        mock.on("/chat/completions", self.note, method="POST")

    def note(self, request: Any) -> None:
        with self.lock:
            self.counts[request.json["messages"][0]["content"]] += 1

    def total(self) -> int:
        with self.lock:
            return sum(self.counts.values())


def _complete_lines(path: Path) -> int:
    if not path.exists():
        return 0
    return path.read_bytes().count(b"\n")


@pytest.mark.slow
@pytest.mark.parametrize("kill_at", [0.3, 0.7])
def test_kill_9_then_the_same_command_again_yields_one_line_per_id(
    tmp_path: Path, kill_at: float
) -> None:
    count = 300
    source = write_jsonl(
        tmp_path / "in.jsonl", [chat(f"q{i}", f"prompt {i}") for i in range(count)]
    )
    output = tmp_path / "out.jsonl"
    command = [sys.executable, "-m", "openrouter_client.cli", "batch", str(source), str(output),
               "--no-progress"]  # fmt: skip
    with MockOpenRouter(rate_limit=150, latency=0.02) as mock:
        paid = PaidCalls(mock)
        env = {**os.environ, **mock.env()}
        proc = subprocess.Popen(command, env=env, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 60
        while _complete_lines(output) < count * kill_at and time.monotonic() < deadline:
            time.sleep(0.005)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        time.sleep(0.3)  # requests already on the wire still reach the mock's handler
        journaled = _complete_lines(output)
        in_flight = paid.total() - journaled  # answered or on their way, not in the journal
        assert 0 < journaled < count
        rerun = subprocess.run(command, env=env, capture_output=True, text=True, timeout=60)
        assert rerun.returncode == 0, rerun.stderr
    results = read_results(output)  # fails on a repeated id
    assert len(results) == count
    assert all(r["response"]["status_code"] == 200 for r in results.values())
    paid_twice = sum(1 for n in paid.counts.values() if n > 1)
    assert paid_twice <= in_flight
