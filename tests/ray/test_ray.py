"""The Ray Data path: the same result lines as ``client.batch.run``, one rate budget for the
whole cluster, and the same resume after kill -9."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path
from typing import Any

import pytest

from openrouter_client.testing import MockOpenRouter
from tests.batch.conftest import chat, read_results, write_jsonl
from tests.batch.test_cli_and_crash import PaidCalls

ray = pytest.importorskip(
    "ray", reason="Ray is not installed: make test-ray installs the [ray] extra"
)

import pyarrow  # noqa: E402  # installed with ray[data]

from openrouter_client.batch.ray import OpenRouterStep, run_on_ray, shared_pacer  # noqa: E402


def test_all_ids_answered_under_a_shared_rate_limit(ray_cluster: Any, tmp_path: Path) -> None:
    count = 400
    source = write_jsonl(
        tmp_path / "in.jsonl", [chat(f"q{i}", f"prompt {i}") for i in range(count)]
    )
    bad = {"custom_id": "bad", "body": {"model": "m", "messages": []}}  # minItems 1: refused
    with (tmp_path / "in.jsonl").open("a") as f:
        f.write(json.dumps(bad) + "\n")
    output = tmp_path / "out.jsonl"
    with MockOpenRouter(rate_limit=100, latency=0.02) as mock:
        paid = PaidCalls(mock)
        summary = run_on_ray(source, output, api_key=mock.api_key, base_url=mock.base_url,
                             workers=2, batch_size=50)  # fmt: skip
        limited = mock.rate_limited
    results = read_results(output)  # fails on a repeated id
    assert set(results) == {f"q{i}" for i in range(count)} | {"bad"}
    for i in range(count):
        record = results[f"q{i}"]
        assert set(record) == {"custom_id", "response", "error"}
        assert record["error"] is None and record["response"]["status_code"] == 200
        assert record["response"]["body"]["object"] == "chat.completion"
    assert results["bad"]["error"]["code"] == "invalid_request"  # checked, never sent
    assert results["bad"]["response"] is None
    assert (summary.succeeded, summary.failed) == (count, 1)
    assert paid.total() == count  # each prompt answered once: nothing paid twice
    # two workers, one budget: per-worker pacers at 100/s each would draw hundreds of 429s
    assert limited <= 0.05 * count, limited
    assert not (tmp_path / "out.jsonl.parts").exists()
    # the same call again sends nothing
    with MockOpenRouter() as mock:
        again = run_on_ray(source, output, api_key=mock.api_key, base_url=mock.base_url)
        assert mock.requests == []
    assert again.skipped == count + 1 and again.finished == 0
    assert len(read_results(output)) == count + 1


def test_a_cost_budget_holds_for_the_whole_cluster(ray_cluster: Any, tmp_path: Path) -> None:
    count = 200
    source = write_jsonl(tmp_path / "in.jsonl", [chat(f"b{i}", "same") for i in range(count)])
    output = tmp_path / "out.jsonl"
    with MockOpenRouter(latency=0.02) as mock:
        with mock.client() as client:  # what one such answer costs
            usage = client.chat.completions.create(**chat("probe", "same")["body"]).usage
        assert usage is not None and usage.cost
        paid = PaidCalls(mock)
        summary = run_on_ray(source, output, api_key=mock.api_key, base_url=mock.base_url,
                             workers=2, concurrency=16, rate=200, batch_size=25,
                             max_cost=30 * usage.cost)  # fmt: skip
        answered = paid.total()
    assert summary.stopped == "max_cost"
    # 30 answers spend it; the two workers stop within a report (0.1 s) and what is in flight
    assert 30 <= summary.succeeded < 100, summary.succeeded
    assert answered == summary.succeeded == len(read_results(output))
    assert summary.cost >= 30 * usage.cost * 0.999
    with MockOpenRouter() as mock:  # the rest, with no budget: nothing finished is sent again
        paid = PaidCalls(mock)
        again = run_on_ray(source, output, api_key=mock.api_key, base_url=mock.base_url)
        assert paid.total() == count - summary.succeeded
    assert again.stopped is None and len(read_results(output)) == count


def test_the_step_in_a_dataset_of_ones_own(ray_cluster: Any) -> None:
    rows = [
        {"custom_id": f"r{i}", "body": json.dumps(chat("x", f"p {i}")["body"])} for i in range(20)
    ]
    with MockOpenRouter() as mock:
        pacer = shared_pacer("test-own-dataset")  # alive while this handle is
        out = ray.data.from_items(rows).map_batches(
            OpenRouterStep, batch_format="pyarrow", batch_size=5, concurrency=1, num_cpus=0.25,
            fn_constructor_kwargs={"pacer": "test-own-dataset", "skip": ["r0"],
                                   "client": {"api_key": mock.api_key, "base_url": mock.base_url}},
        ).take_all()  # fmt: skip
    del pacer
    lines = {row["custom_id"]: json.loads(row["line"]) for row in out}
    assert set(lines) == {f"r{i}" for i in range(1, 20)}
    assert all(line["response"]["status_code"] == 200 for line in lines.values())


def test_parquet_style_struct_bodies_lose_the_nulls_their_schema_filled_in(
    ray_cluster: Any,
) -> None:
    # One row names `user` (a string the spec does not let be null); as a struct column, the
    # other rows get user=None, which is not what they said: it is left out, not sent as null.
    rows = [chat(f"s{i}", f"p {i}") for i in range(4)]
    rows[0]["body"]["user"] = "someone"
    with MockOpenRouter() as mock:
        pacer = shared_pacer("test-struct-bodies")
        table = pyarrow.Table.from_pylist(rows)  # as read_parquet gives it: one struct schema
        assert table.column("body").to_pylist()[1]["user"] is None
        out = ray.data.from_arrow(table).map_batches(
            OpenRouterStep, batch_format="pyarrow", concurrency=1, num_cpus=0.25,
            fn_constructor_kwargs={"pacer": "test-struct-bodies",
                                   "client": {"api_key": mock.api_key, "base_url": mock.base_url}},
        ).take_all()  # fmt: skip
        sent = {r.json["messages"][0]["content"]: r.json for r in mock.requests}
    del pacer
    lines = {row["custom_id"]: json.loads(row["line"]) for row in out}
    assert all(line["error"] is None for line in lines.values()), lines
    assert sent["p 0"]["user"] == "someone"
    assert all("user" not in sent[f"p {i}"] for i in range(1, 4))


def test_the_key_is_not_in_the_step_arguments_repr(ray_cluster: Any) -> None:
    from openrouter_client.batch.ray import _Secret

    secret = _Secret({"api_key": "sk-or-secret-123", "base_url": "http://x"})
    assert "sk-or" not in repr(secret) and "sk-or" not in str(secret)


DRIVER = textwrap.dedent(
    """
    import sys, ray
    from openrouter_client.batch.ray import run_on_ray
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
    run_on_ray(sys.argv[1], sys.argv[2], workers=2, batch_size=50)
    """
)


def _ids(output: Path) -> set[str]:
    ids: set[str] = set()
    files = [output, *output.with_name(output.name + ".parts").glob("*.jsonl")]
    for path in files:
        if path.exists():
            for line in path.read_bytes().splitlines(keepends=True):
                if line.endswith(b"\n"):
                    ids.add(json.loads(line)["custom_id"])
    return ids


@pytest.mark.timeout(300)
def test_kill_9_mid_run_then_the_same_call_again(tmp_path: Path) -> None:
    count = 600
    source = write_jsonl(
        tmp_path / "in.jsonl", [chat(f"q{i}", f"prompt {i}") for i in range(count)]
    )
    output = tmp_path / "out.jsonl"
    command = [sys.executable, "-c", DRIVER, str(source), str(output)]
    with MockOpenRouter(rate_limit=100, latency=0.02) as mock:
        paid = PaidCalls(mock)
        env = {**os.environ, **mock.env()}
        proc = subprocess.Popen(command, env=env, stderr=subprocess.DEVNULL,
                                stdout=subprocess.DEVNULL, start_new_session=True)  # fmt: skip
        deadline = time.monotonic() + 120
        while len(_ids(output)) < count // 2 and time.monotonic() < deadline:
            time.sleep(0.02)
        os.killpg(proc.pid, signal.SIGKILL)  # the driver and its whole local cluster
        proc.wait()
        time.sleep(0.5)  # requests already on the wire still reach the mock's handler
        journaled = len(_ids(output))
        in_flight = paid.total() - journaled
        assert 0 < journaled < count
        rerun = subprocess.run(command, env=env, capture_output=True, text=True, timeout=200,
                               start_new_session=True)  # fmt: skip
        assert rerun.returncode == 0, rerun.stderr[-3000:]
    results = read_results(output)  # fails on a repeated id
    assert len(results) == count
    assert all(r["response"]["status_code"] == 200 for r in results.values())
    paid_twice = sum(1 for n in paid.counts.values() if n > 1)
    assert paid_twice <= in_flight
