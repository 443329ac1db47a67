"""The output file of a bulk run is also its journal: what is in it is finished.

Each finished request is one line, written with a single ``write`` on a file opened for appending,
as soon as its answer is in: a process killed at any moment leaves complete lines, and at most a
torn last line (a full disk, a power cut), which the next run cuts off. On start, the ids already
in the file are skipped; with ``retry_failed`` the lines of failed requests are removed first
(the file is rewritten beside itself and renamed over), so every ``custom_id`` keeps exactly one
line. One run at a time may write a journal: a second one is refused while the first holds its lock.
"""

from __future__ import annotations

import json
import logging
import os

__all__ = ["Journal", "JournalError"]

log = logging.getLogger("openrouter_client.batch")

try:
    import fcntl
except ImportError:  # Windows: no advisory lock; one run per output file is then up to the user
    fcntl = None  # type: ignore[assignment]


class JournalError(RuntimeError):
    """The output file cannot serve as this run's journal (locked, or not a results file)."""


class Journal:
    """Append-only results file; ``finished`` holds the ids not to send again."""

    def __init__(self, path: str | os.PathLike[str], *, retry_failed: bool = False) -> None:
        self.path = os.fspath(path)
        self.finished: set[str] = set()
        self.succeeded = 0  # lines of earlier runs kept, by outcome
        self.failed = 0
        self.removed = 0  # failed lines removed to be retried
        self.cut = 0  # bytes of a torn last line cut off
        self._fd = self._open()
        try:
            self._scan(retry_failed)
        except BaseException:
            self.close()
            raise

    def _open(self) -> int:
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_APPEND, 0o644)
        if fcntl is not None:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                os.close(fd)
                raise JournalError(
                    f"{self.path} is being written by another run (it holds the file's lock); "
                    "wait for it to finish or give another output file"
                ) from None
        return fd

    def _scan(self, retry_failed: bool) -> None:
        failed_lines = 0
        end = 0  # offset after the last complete line
        with os.fdopen(os.dup(self._fd), "rb") as lines:
            lines.seek(0)
            for number, raw in enumerate(lines, 1):
                if not raw.endswith(b"\n"):
                    break  # torn: cut below
                end += len(raw)
                if raw.isspace():
                    continue
                custom_id, ok = _read_line(raw, self.path, number)
                if ok or not retry_failed:
                    self.finished.add(custom_id)
                if ok:
                    self.succeeded += 1
                else:
                    self.failed += 1
                    failed_lines += 1
            size = lines.seek(0, os.SEEK_END)
        if size > end:
            self.cut = size - end
            os.ftruncate(self._fd, end)
            log.warning(
                "%s: cut a torn last line (%d bytes): it is sent again", self.path, self.cut
            )
        if retry_failed and failed_lines:
            self._drop_failed()

    def _drop_failed(self) -> None:
        """Rewrite the file without its failed lines, so their retries do not add a second one."""
        temporary = f"{self.path}.{os.getpid()}.tmp"
        with open(self.path, "rb") as old, open(temporary, "wb") as new:
            for raw in old:
                if raw.isspace():
                    continue
                if _read_line(raw, self.path, 0)[1]:
                    new.write(raw)
                else:
                    self.removed += 1
            new.flush()
            os.fsync(new.fileno())
        os.replace(temporary, self.path)
        self.failed -= self.removed
        os.close(self._fd)
        self._fd = self._open()

    def write(self, line: bytes) -> None:
        """Append one complete line (one ``write`` call, retried only for what a signal cut)."""
        view = memoryview(line)
        while view:
            view = view[os.write(self._fd, view) :]

    def sync(self) -> None:
        """Make what was written durable (before the lines it replaces are deleted)."""
        os.fsync(self._fd)

    def close(self) -> None:
        if self._fd >= 0:
            os.close(self._fd)  # releases the lock
            self._fd = -1

    def __enter__(self) -> Journal:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


def _read_line(raw: bytes, path: str, number: int) -> tuple[str, bool]:
    """(custom_id, succeeded) of a results line."""
    where = f"{path} line {number}" if number else path
    try:
        record = json.loads(raw)
    except ValueError:
        raise JournalError(
            f"{where} is not JSON: is this the results file of a run? (give another output file)"
        ) from None
    custom_id = record.get("custom_id") if isinstance(record, dict) else None
    if not isinstance(custom_id, str):
        raise JournalError(f"{where} has no custom_id: is this the results file of a run?")
    return custom_id, record.get("error") is None
