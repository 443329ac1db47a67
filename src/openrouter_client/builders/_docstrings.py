"""Summaries and per-name descriptions from docstrings (Google, NumPy and Sphinx styles).

Tools and structured-output classes are usually documented already; reading those docs means
the model sees the same descriptions a human does, without repeating them in annotations.
"""

from __future__ import annotations

import inspect
import re

__all__ = ["Docstring", "parse_docstring"]

# Google-style headers whose entries describe names (parameters or attributes).
_NAME_SECTIONS = frozenset(
    {
        "args",
        "arguments",
        "parameters",
        "params",
        "attributes",
        "attrs",
        "fields",
        "keyword args",
        "keyword arguments",
        "kwargs",
        "other parameters",
    }
)
_GOOGLE_HEADER = re.compile(r"^([A-Za-z][A-Za-z ]*):\s*$")
_GOOGLE_ENTRY = re.compile(r"^\*{0,2}(\w+)\s*(?:\([^)]*\))?\s*:\s*(.*)$")
_NUMPY_ENTRY = re.compile(r"^\*{0,2}(\w+)\s*(?::.*)?$")
_UNDERLINE = re.compile(r"^\s*-{3,}\s*$")
_SPHINX = re.compile(r"^:param\s+(?:[^:]*\s)?\*{0,2}(\w+)\s*:\s*(.*)$")


class Docstring:
    """The first paragraph of a docstring, and the descriptions of the names it documents."""

    __slots__ = ("params", "summary")

    def __init__(self, summary: str | None, params: dict[str, str]) -> None:
        self.summary = summary
        self.params = params


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


def _join(parts: list[str]) -> str:
    return " ".join(part.strip() for part in parts if part.strip())


def parse_docstring(doc: str | None) -> Docstring:
    """``doc``'s summary (first paragraph, lines joined) and ``{name: description}`` from its
    Args/Parameters/Attributes sections; empty when there is no docstring."""
    if not doc or not doc.strip():
        return Docstring(None, {})
    lines = inspect.cleandoc(doc).splitlines()
    params: dict[str, str] = {}
    summary_lines: list[str] = []
    for index, line in enumerate(lines):
        if not line.strip() or _starts_section(lines, index):
            break
        summary_lines.append(line)
    _google(lines, params)
    _numpy(lines, params)
    _sphinx(lines, params)
    return Docstring(_join(summary_lines) or None, params)


def _starts_section(lines: list[str], index: int) -> bool:
    line = lines[index]
    if _GOOGLE_HEADER.match(line.strip()) or line.lstrip().startswith(":"):
        return True
    return index + 1 < len(lines) and bool(_UNDERLINE.match(lines[index + 1]))


def _google(lines: list[str], params: dict[str, str]) -> None:
    index = 0
    while index < len(lines):
        header = _GOOGLE_HEADER.match(lines[index].strip())
        if not header or header.group(1).lower() not in _NAME_SECTIONS:
            index += 1
            continue
        base = _indent(lines[index])
        index += 1
        entry_indent: int | None = None
        name: str | None = None
        text: list[str] = []
        while index < len(lines):
            line = lines[index]
            if line.strip() and _indent(line) <= base:
                break
            if line.strip():
                indent = _indent(line)
                if entry_indent is None:
                    entry_indent = indent
                entry = _GOOGLE_ENTRY.match(line.strip()) if indent == entry_indent else None
                if entry:
                    if name is not None:
                        params.setdefault(name, _join(text))
                    name, text = entry.group(1), [entry.group(2)]
                elif name is not None:
                    text.append(line)
            index += 1
        if name is not None:
            params.setdefault(name, _join(text))


def _numpy(lines: list[str], params: dict[str, str]) -> None:
    index = 0
    while index + 1 < len(lines):
        title = lines[index].strip().lower()
        if not (_UNDERLINE.match(lines[index + 1]) and title in _NAME_SECTIONS):
            index += 1
            continue
        base = _indent(lines[index])
        index += 2
        name: str | None = None
        text: list[str] = []
        while index < len(lines):
            line = lines[index]
            if index + 1 < len(lines) and _UNDERLINE.match(lines[index + 1]):
                break  # the next section's title
            if line.strip() and _indent(line) <= base:
                entry = _NUMPY_ENTRY.match(line.strip())
                if not entry:
                    break
                if name is not None:
                    params.setdefault(name, _join(text))
                name, text = entry.group(1), []
            elif line.strip() and name is not None:
                text.append(line)
            index += 1
        if name is not None:
            params.setdefault(name, _join(text))


def _sphinx(lines: list[str], params: dict[str, str]) -> None:
    name: str | None = None
    text: list[str] = []
    for line in [*lines, ":end:"]:
        stripped = line.strip()
        if stripped.startswith(":") or not stripped:
            if name is not None:
                params.setdefault(name, _join(text))
                name = None
            entry = _SPHINX.match(stripped)
            if entry:
                name, text = entry.group(1), [entry.group(2)]
        elif name is not None:
            text.append(line)
