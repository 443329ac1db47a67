"""A string that grows by many small pieces (the text deltas of a stream).

Appending is O(1) and nothing is copied twice (``s += piece`` on a dict value copies the whole
string every time: quadratic in a long tool-call argument). Every ``BLOCK`` pieces are joined
into one block, so a long stream keeps about one byte per character of text rather than one
string object (~50 bytes) per piece.
"""

from __future__ import annotations

__all__ = ["BLOCK", "Pieces"]

BLOCK = 256


class Pieces:
    """``add`` pieces, read the whole with ``value()`` (any time: the pieces stay)."""

    __slots__ = ("fresh", "parts")

    def __init__(self, first: object = None) -> None:
        self.parts: list[str] = []  # joined blocks, then the pieces since the last block
        self.fresh = 0
        if isinstance(first, str) and first:
            self.add(first)

    def add(self, piece: str) -> None:
        self.parts.append(piece)
        self.fresh += 1
        if self.fresh == BLOCK:
            self.compact()

    def compact(self) -> None:
        """Join the pieces added since the last block into one."""
        parts = self.parts
        parts[-self.fresh :] = ["".join(parts[-self.fresh :])]
        self.fresh = 0

    def value(self) -> str:
        return "".join(self.parts)
