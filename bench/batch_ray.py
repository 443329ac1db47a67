"""``python -m bench.batch_ray`` (``make bench-batch-ray``): ``bench.batch``'s run on Ray Data.

The same 2,000 prompts against the same mock (50 ms, 100 requests per sliding second, not told),
through ``openrouter_client.batch.run_on_ray`` in a child process that starts its own local
cluster (``ray.init(num_cpus=2)``). Reported: wall (``ray.init`` included, and apart), 429s,
CPU per request and peak RSS of the driver *and* every Ray process it started (summed over the
process tree, sampled), then kill -9 of the whole tree at about half and the same call again:
unique ids, duplicate lines, calls paid twice against what was in flight. A report, no assertions.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path
from typing import Any

from bench.batch import ROOT, Paid, kill_line, run_line, write_requests
from openrouter_client.testing import MockOpenRouter

DRIVER = """
import json, sys, time
t0 = time.time()
import ray
ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
t1 = time.time()
from openrouter_client.batch.ray import run_on_ray
s = run_on_ray(sys.argv[1], sys.argv[2], workers=2, batch_size=100)
print(json.dumps({"init_s": t1 - t0, "sent": s.sent, "succeeded": s.succeeded}))
"""


def _tree(root: int) -> list[int]:
    """``root`` and its descendants (Ray's raylet, GCS and workers), from /proc."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as f:
                    ppid = int(f.read().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(ppid, []).append(int(entry))
    found, todo = [], [root]
    while todo:
        pid = todo.pop()
        found.append(pid)
        todo += children.get(pid, [])
    return found


def _usage(pids: list[int]) -> tuple[float, float]:
    """(CPU seconds, RSS MB) summed over ``pids``."""
    tick, page = os.sysconf("SC_CLK_TCK"), os.sysconf("SC_PAGE_SIZE")
    cpu = rss = 0.0
    for pid in pids:
        try:
            with open(f"/proc/{pid}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
            cpu += (int(fields[11]) + int(fields[12])) / tick
            rss += int(fields[21]) * page / 2**20
        except (OSError, IndexError, ValueError):
            continue
    return cpu, rss


class LastPaid(Paid):
    """``Paid`` that also notes when the last answered request came in."""

    last = 0.0

    def note(self, request: Any) -> None:
        self.last = time.time()
        return super().note(request)


class Sampler(threading.Thread):
    """Peak RSS and last CPU of a process tree, every 50 ms."""

    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        self.pid, self.peak_mb, self.cpu, self.stop = pid, 0.0, 0.0, threading.Event()
        self.seen: dict[int, float] = {}

    def run(self) -> None:
        while not self.stop.is_set():
            for pid in _tree(self.pid):
                cpu, _ = _usage([pid])
                self.seen[pid] = max(self.seen.get(pid, 0.0), cpu)
            self.cpu = sum(self.seen.values())  # exited processes keep their last sample
            self.peak_mb = max(self.peak_mb, _usage(_tree(self.pid))[1])
            time.sleep(0.05)


def driver(mock: MockOpenRouter, requests: Path, results: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", DRIVER, str(requests), str(results)],
        cwd=ROOT, env={**os.environ, **mock.env()}, stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL, text=True, start_new_session=True,
    )  # fmt: skip


def run(count: int, limit: int, latency: float, work: Path) -> dict[str, Any]:
    requests, results = work / "requests.jsonl", work / "results.jsonl"
    write_requests(requests, count)
    with MockOpenRouter(rate_limit=limit, latency=latency) as mock:
        paid = LastPaid(mock)
        started = time.time()
        proc = driver(mock, requests, results)
        sampler = Sampler(proc.pid)
        sampler.start()
        out, _ = proc.communicate()
        wall = time.time() - started
        sampler.stop.set()
        sampler.join()
        with paid.lock:
            answered = sum(paid.counts.values())
        first = (paid.first or started) - started
        stats = json.loads(out.strip().splitlines()[-1])
        sent = answered + mock.rate_limited
        return {
            "prompts": count, "wall_s": wall, "ray_init_s": stats["init_s"],
            "429s": mock.rate_limited, "429_share": mock.rate_limited / max(1, sent),
            "cpu_ms_per_request": 1000 * sampler.cpu / max(1, sent),
            "peak_rss_mb": sampler.peak_mb, "succeeded": stats["succeeded"],
            "first_request_s": first, "sending_s": paid.last - (paid.first or started),
        }  # fmt: skip


def _ids(results: Path) -> list[str]:
    ids = []
    for path in [results, *results.with_name(results.name + ".parts").glob("*.jsonl")]:
        if path.exists():
            ids += [json.loads(x)["custom_id"] for x in path.read_bytes().splitlines(keepends=True)
                    if x.endswith(b"\n")]  # fmt: skip
    return ids


def kill_and_resume(count: int, limit: int, latency: float, work: Path) -> dict[str, Any]:
    requests, results = work / "requests-kill.jsonl", work / "results-kill.jsonl"
    write_requests(requests, count)
    with MockOpenRouter(rate_limit=limit, latency=latency) as mock:
        paid = Paid(mock)
        proc = driver(mock, requests, results)
        while len(set(_ids(results))) < count // 2 and proc.poll() is None:
            time.sleep(0.02)
        os.killpg(proc.pid, signal.SIGKILL)  # the driver and the cluster it started
        proc.wait()
        time.sleep(0.5)
        journaled = len(set(_ids(results)))
        with paid.lock:
            in_flight = sum(paid.counts.values()) - journaled
        driver(mock, requests, results).communicate()
    records = [json.loads(line) for line in results.read_text().splitlines()]
    ids = Counter(r["custom_id"] for r in records)
    ok = {r["custom_id"] for r in records if r["error"] is None}
    return {
        "lines_at_kill": journaled, "in_flight_at_kill": in_flight, "lines": len(records),
        "unique_ids_200": len(ok), "duplicate_lines": sum(n - 1 for n in ids.values()),
        "paid_twice": sum(1 for n in paid.counts.values() if n > 1),
    }  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.batch_ray", description=__doc__)
    parser.add_argument("--prompts", type=int, default=2000)
    parser.add_argument("--limit", type=int, default=100)
    parser.add_argument("--latency", type=float, default=0.05)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        report = {
            "run": run(args.prompts, args.limit, args.latency, Path(tmp)),
            "kill": kill_and_resume(args.prompts, args.limit, args.latency, Path(tmp)),
        }
    if args.json:
        print(json.dumps(report, indent=2))
        return 0
    r, k = report["run"], report["kill"]
    print(f"{args.prompts:,} prompts on Ray (num_cpus=2), mock {args.limit}/s sliding, "
          f"{args.latency * 1000:.0f} ms:")  # fmt: skip
    wall = f" (ray.init {r['ray_init_s']:.1f} s)"
    sending = f", sending for {r['sending_s']:.1f} s"
    print(run_line(r, wall=wall, rss=" (driver + Ray processes)", first=sending))
    print(kill_line(k))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
