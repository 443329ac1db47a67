"""``python -m bench.batch`` (``make bench-batch``): a bulk run against a rate-limited mock.

The setting of issue 15: a mock OpenRouter that answers in 50 ms and admits 100 requests per
sliding second (429 with ``Retry-After`` and ``X-RateLimit-*`` beyond), which the runner is not
told; 2,000 prompts. The mock runs here, the runner in a child process (``openrouter-client
batch``, the CLI users run), so the runner's CPU time and peak RSS are its own. Reported: wall
time, 429s, CPU per request, peak RSS, time to the first request; then the RSS growth from 2,000
to 20,000 prompts (at a limit of 1,000/s, to keep it short: memory depends on the dataset, not the
rate); then kill -9 at about half and the same command again: unique ids, duplicates, and calls
paid twice against what was in flight. ``--json`` prints the numbers as JSON. A report, no
assertions.
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

from openrouter_client.testing import MockOpenRouter

ROOT = Path(__file__).resolve().parent.parent
MODEL = "openai/gpt-4o-mini"


def write_requests(path: Path, count: int) -> None:
    with path.open("w") as out:
        for i in range(count):
            body = {"model": MODEL, "messages": [{"role": "user", "content": f"prompt {i}"}]}
            out.write(json.dumps({"custom_id": f"q{i}", "body": body}) + "\n")


def kill_line(k: dict[str, Any]) -> str:
    """The kill -9 then rerun result, as both bulk-run benchmarks print it."""
    return (
        f"  kill -9 at {k['lines_at_kill']:,} lines ({k['in_flight_at_kill']} in flight), rerun: "
        f"{k['unique_ids_200']:,} unique ids with 200, {k['duplicate_lines']} duplicate lines, "
        f"{k['paid_twice']} calls paid twice"
    )


def run_line(r: dict[str, Any], wall: str = "", rss: str = "", first: str = "") -> str:
    """The run's figures, as both bulk-run benchmarks print them (``wall``, ``rss``, ``first``:
    what a runner adds to those figures)."""
    return (
        f"  wall {r['wall_s']:.1f} s{wall} · {r['429s']} 429s ({100 * r['429_share']:.1f}%) · "
        f"CPU {r['cpu_ms_per_request']:.2f} ms/request · peak RSS {r['peak_rss_mb']:.0f} MB{rss} · "
        f"first request at {r['first_request_s']:.2f} s{first}"
    )


class Paid:
    """Counts, per prompt, the requests the mock answered (admitted past its rate limit)."""

    def __init__(self, mock: MockOpenRouter) -> None:
        self.counts: Counter[str] = Counter()
        self.first: float | None = None
        self.lock = threading.Lock()
        mock.on("/chat/completions", self.note, method="POST")

    def note(self, request: Any) -> None:
        text = request.json["messages"][0]["content"]
        with self.lock:
            if self.first is None:
                self.first = time.time()
            self.counts[text] += 1
        return None  # the mock's default answer


def runner(mock: MockOpenRouter, requests: Path, results: Path) -> subprocess.Popen[str]:
    """``openrouter-client batch`` in a child process that reports its own CPU and peak RSS."""
    code = (
        "import resource, sys, time, runpy; t0 = time.time(); "
        "sys.argv = ['openrouter-client', 'batch', *sys.argv[1:]]; "
        "from openrouter_client.cli import main; rc = main(sys.argv[1:]); "
        "u = resource.getrusage(resource.RUSAGE_SELF); "
        "print('BENCH', t0, u.ru_utime + u.ru_stime, u.ru_maxrss, file=sys.stderr); "
        "sys.exit(rc)"
    )
    env = {**os.environ, **mock.env()}
    return subprocess.Popen(
        [sys.executable, "-c", code, str(requests), str(results), "--json", "--no-progress"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def measured(proc: subprocess.Popen[str]) -> dict[str, Any]:
    out, err = proc.communicate()
    if proc.returncode != 0:
        raise SystemExit(f"runner exited {proc.returncode}:\n{err}")
    line = next(line for line in err.splitlines() if line.startswith("BENCH "))
    _, t0, cpu, rss_kb = line.split()
    return {"start": float(t0), "cpu": float(cpu), "rss_mb": int(rss_kb) / 1024, **json.loads(out)}


def run(count: int, limit: int, latency: float, work: Path) -> dict[str, Any]:
    requests, results = work / f"requests-{count}.jsonl", work / f"results-{count}-{limit}.jsonl"
    write_requests(requests, count)
    results.unlink(missing_ok=True)
    with MockOpenRouter(rate_limit=limit, latency=latency) as mock:
        paid = Paid(mock)
        started = time.time()
        stats = measured(runner(mock, requests, results))
        wall = time.time() - started
        return {
            "prompts": count,
            "wall_s": wall,
            "429s": mock.rate_limited,
            "429_share": mock.rate_limited / max(1, stats["sent"]),
            "cpu_ms_per_request": 1000 * stats["cpu"] / max(1, stats["sent"]),
            "peak_rss_mb": stats["rss_mb"],
            "first_request_s": (paid.first or started) - stats["start"],
            "succeeded": stats["succeeded"],
        }


def kill_and_resume(count: int, limit: int, latency: float, work: Path) -> dict[str, Any]:
    requests, results = work / "requests-kill.jsonl", work / "results-kill.jsonl"
    write_requests(requests, count)
    results.unlink(missing_ok=True)
    with MockOpenRouter(rate_limit=limit, latency=latency) as mock:
        paid = Paid(mock)
        proc = runner(mock, requests, results)
        while _lines(results) < count // 2 and proc.poll() is None:
            time.sleep(0.01)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        time.sleep(0.3)  # requests already on the wire still reach the mock's handler
        journaled = _lines(results)
        with paid.lock:
            paid_at_kill = sum(paid.counts.values())
        in_flight = paid_at_kill - journaled  # admitted by the mock, not in the journal
        measured(runner(mock, requests, results))
    records = [json.loads(line) for line in results.read_text().splitlines()]
    ids = Counter(record["custom_id"] for record in records)
    ok = {
        r["custom_id"]
        for r in records
        if r["error"] is None and r["response"]["status_code"] == 200
    }
    return {
        "lines_at_kill": journaled,
        "in_flight_at_kill": in_flight,
        "lines": len(records),
        "unique_ids_200": len(ok),
        "duplicate_lines": sum(n - 1 for n in ids.values()),
        "paid_twice": sum(1 for n in paid.counts.values() if n > 1),
    }


def _lines(path: Path) -> int:
    try:
        with path.open("rb") as f:
            return sum(1 for line in f if line.endswith(b"\n"))
    except FileNotFoundError:
        return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.batch", description=__doc__)
    parser.add_argument("--prompts", type=int, default=2000)
    parser.add_argument("--limit", type=int, default=100, help="mock requests per second")
    parser.add_argument("--latency", type=float, default=0.05)
    parser.add_argument("--no-growth", action="store_true", help="skip the 20,000-prompt run")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    report: dict[str, Any] = {}
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        report["run"] = run(args.prompts, args.limit, args.latency, work)
        if not args.no_growth:
            small = run(2000, 1000, args.latency, work)
            large = run(20000, 1000, args.latency, work)
            report["growth"] = {
                "rss_2000_mb": small["peak_rss_mb"],
                "rss_20000_mb": large["peak_rss_mb"],
                "growth_mb": large["peak_rss_mb"] - small["peak_rss_mb"],
            }
        report["kill"] = kill_and_resume(args.prompts, args.limit, args.latency, work)
    if args.json:
        print(json.dumps(report, indent=2))
        return 0
    r, k = report["run"], report["kill"]
    print(f"{args.prompts:,} prompts, mock {args.limit}/s sliding, {args.latency * 1000:.0f} ms:")
    print(run_line(r))
    if "growth" in report:
        g = report["growth"]
        print(
            f"  peak RSS 2,000 -> 20,000 prompts: {g['rss_2000_mb']:.1f} -> "
            f"{g['rss_20000_mb']:.1f} MB ({g['growth_mb']:+.1f} MB)"
        )
    print(kill_line(k))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
