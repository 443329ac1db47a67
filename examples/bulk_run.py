"""A bulk run: a JSONL file of requests in, one result line per custom_id out, resumable.

Usage: python examples/bulk_run.py [DIRECTORY]  (default: a temporary directory)
"""

import json
import sys
import tempfile
from pathlib import Path

from openrouter_client import OpenRouter

REVIEWS = [
    "Great sound, the battery lasts all week.",
    "Broke after two days.",
    "Does what it says; nothing more.",
]


def main() -> None:
    folder = Path(sys.argv[1] if len(sys.argv) > 1 else tempfile.mkdtemp())
    requests, results = folder / "requests.jsonl", folder / "results.jsonl"
    with requests.open("w") as out:  # the OpenAI Batch line format
        for i, review in enumerate(REVIEWS):
            prompt = f"Sentiment of this review, one word: {review}"
            body = {
                "model": "openai/gpt-4o-mini",
                "messages": [{"role": "user", "content": prompt}],
            }
            out.write(json.dumps({"custom_id": f"review-{i}", "body": body}) + "\n")

    with OpenRouter() as client:
        summary = client.batch.run(requests, results, max_cost=1.0)
        print(summary.describe())
        for line in results.read_text().splitlines():
            record = json.loads(line)
            if record["error"] is None:
                answer = record["response"]["body"]["choices"][0]["message"]["content"]
                print(f"{record['custom_id']}: {answer}")
            else:
                print(f"{record['custom_id']}: failed: {record['error']['message']}")
        again = client.batch.run(requests, results)  # a rerun sends only what is missing
    print(f"rerun: {again.skipped} already done, {again.sent} sent")


if __name__ == "__main__":
    main()
