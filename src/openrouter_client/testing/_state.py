"""What the mock remembers between requests, so a test sees the effects of its own calls.

- Collections (``/keys``, ``/guardrails``, ``/workspaces``, ``/files``... every list/create/get/
  update/delete family of the spec): created items are listed, fetched, updated and deleted;
  each starts with the spec's example item.
- Generations: every chat completion, response and message answered (scripted or not) is
  recorded under its id, so ``GET /generation?id=`` finds it with its model, tokens and cost.
- Video jobs: each poll moves a job one step, ``pending`` -> ``in_progress`` -> ``completed``.
- Uploaded files' bytes, for ``GET /files/{id}/content``.
- Prompt-cache breakpoints seen, so a repeated cached prefix reports ``cached_tokens``.

``mock.state`` is this object; ``reset()`` restores the seed.
"""

from __future__ import annotations

import copy
import threading
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from ._spec import answers

__all__ = ["Collection", "Generation", "MockState", "VideoJob"]

VIDEO_STEPS = ("pending", "in_progress", "completed")


@dataclass
class Collection:
    """One list/create/get/update/delete family, as found in the spec."""

    path: str  # "/keys"
    item_path: str  # "/keys/{hash}"
    id_field: str  # "hash"
    aliases: tuple[str, ...]  # other fields a path may name an item by ("slug")
    list_field: str  # where a list answer keeps the items ("data")
    item_field: str | None  # where a single-item answer keeps it ("data"; None: the body)
    fields: dict[str, list[str]]  # item property -> JSON types
    seed: list[dict[str, Any]]
    items: dict[str, dict[str, Any]] = field(default_factory=dict)

    def reset(self) -> None:
        self.items = {str(item[self.id_field]): copy.deepcopy(item) for item in self.seed}

    def find(self, name: str) -> dict[str, Any] | None:
        found = self.items.get(name)
        if found is not None:
            return found
        return next(
            (
                item
                for item in self.items.values()
                if any(item.get(a) == name for a in self.aliases)
            ),
            None,
        )


@dataclass
class Generation:
    """One answered completion, as ``GET /generation`` reports it."""

    id: str
    model: str
    provider: str = "OpenAI"
    api_type: str = "completions"
    streamed: bool = False
    finish_reason: str | None = "stop"
    tokens_prompt: int = 0
    tokens_completion: int = 0
    tokens_reasoning: int = 0
    tokens_cached: int = 0
    cost: float = 0.0
    created_at: str = ""
    input: Any = None
    output: str | None = None
    reasoning: str | None = None


@dataclass
class VideoJob:
    id: str
    generation_id: str
    model: str
    polls: int = 0
    cost: float = 0.5

    @property
    def status(self) -> str:
        return VIDEO_STEPS[min(self.polls, len(VIDEO_STEPS) - 1)]


@dataclass
class StoredFile:
    meta: dict[str, Any]
    data: bytes


class MockState:
    """The mock's memory (see the module docstring); safe to use from any thread."""

    def __init__(self) -> None:
        self.lock = threading.RLock()
        self._collections: dict[str, Collection] | None = None
        self._generations: dict[str, Generation] = {}
        self._videos: dict[str, VideoJob] = {}
        self.files: dict[str, StoredFile] = {}
        self.cache_prefixes: set[str] = set()

    @property
    def generations(self) -> dict[str, Generation]:
        """Generations by id (answered completions, and the spec's example one)."""
        self._load()
        return self._generations

    @property
    def videos(self) -> dict[str, VideoJob]:
        """Video jobs by id (queued ones, and the spec's example one, completed)."""
        self._load()
        return self._videos

    def _load(self) -> dict[str, Collection]:
        if self._collections is None:
            found = {}
            for entry in answers()["collections"]:
                collection = Collection(
                    entry["path"],
                    entry["item_path"],
                    entry["id_field"],
                    tuple(entry["aliases"]),
                    entry["list_field"],
                    entry["item_field"],
                    entry["fields"],
                    entry["seed"],
                )
                collection.reset()
                found[collection.path] = collection
            self._collections = found
            self._seed_jobs()
        return self._collections

    def collection(self, path: str) -> Collection | None:
        """The collection at ``path`` (``"/keys"``) or at its item path (``"/keys/{hash}"``)."""
        with self.lock:
            collections = self._load()
            found = collections.get(path)
            if found is None:
                found = next((c for c in collections.values() if c.item_path == path), None)
            return found

    def items(self, path: str) -> list[dict[str, Any]]:
        """The items of a collection now (``mock.state.items("/keys")``), oldest first."""
        with self.lock:
            collection = self.collection(path)
            if collection is None:
                raise KeyError(f"{path} is not a collection of the spec: {sorted(self._load())}")
            return copy.deepcopy(list(collection.items.values()))

    def add(self, path: str, item: Mapping[str, Any]) -> None:
        """Put an item into a collection (to start a test with a key or guardrail in place)."""
        with self.lock:
            collection = self.collection(path)
            if collection is None:
                raise KeyError(f"{path} is not a collection of the spec: {sorted(self._load())}")
            if collection.id_field not in item:
                raise ValueError(f"an item of {path} needs its {collection.id_field!r}")
            collection.items[str(item[collection.id_field])] = copy.deepcopy(dict(item))

    def collections(self) -> list[Collection]:
        with self.lock:
            return list(self._load().values())

    def reset(self) -> None:
        """Back to the seed: the spec's example items, generation and video job; no uploaded
        files or cache entries."""
        with self.lock:
            for collection in self._load().values():
                collection.reset()
            self._generations.clear()
            self._videos.clear()
            self.files.clear()
            self.cache_prefixes.clear()
            self._seed_jobs()

    def _seed_jobs(self) -> None:
        operations = answers()["operations"]
        generation = _example(operations.get("GET /generation"))
        data = generation.get("data") if isinstance(generation, dict) else None
        if isinstance(data, dict) and isinstance(data.get("id"), str):
            self._generations[data["id"]] = Generation(
                id=data["id"],
                model=str(data.get("model", "")),
                provider=str(data.get("provider_name") or "OpenAI"),
                api_type=str(data.get("api_type") or "completions"),
                streamed=bool(data.get("streamed")),
                finish_reason=data.get("finish_reason"),
                tokens_prompt=int(data.get("tokens_prompt") or 0),
                tokens_completion=int(data.get("tokens_completion") or 0),
                cost=float(data.get("total_cost") or 0),
                created_at=str(data.get("created_at") or ""),
            )
        job = _example(operations.get("GET /videos/{jobId}"))
        if isinstance(job, dict) and isinstance(job.get("id"), str):
            done = len(VIDEO_STEPS) - 1
            self._videos[job["id"]] = VideoJob(
                job["id"], str(job.get("generation_id", "")), "", done
            )


def _example(entry: Any) -> Any:
    for media in (entry or {}).get("media", ()):
        if "body" in media:
            return media["body"]
    return None
