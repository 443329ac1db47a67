"""The public API as a type checker sees it: arguments are checked against the spec's request
types, results are the generated models, read with None checks only. Runs mypy --strict on a
small user program."""

from __future__ import annotations

import re
import textwrap
from pathlib import Path

import pytest

from tests.conftest import ROOT

PROGRAM = '''
from dataclasses import dataclass
from openrouter_client import OpenRouter, tool, user

@dataclass
class City:
    name: str

@tool
def add(a: int, b: int) -> int:
    """Add two numbers."""
    return a + b

client = OpenRouter(api_key="k")
r = client.chat.completions.create(model="m", messages=[user("hi")], temperature=0)
content: str | None = r.id
parsed: City = client.chat.completions.parse(
    model="m", messages=[user("hi")], response_format=City
).parsed
run = client.chat.completions.run_tools(model="m", messages=[user("hi")], tools=[add])
spec_tool = {"type": "function", "function": {"name": "f", "parameters": {}}}
client.chat.completions.create(model="m", messages=[], tools=[add, add.to_param()])
client.chat.completions.create(model="m", messages=[], tools=[42])  # E: tools
client.chat.completions.create(model="m", messages=[user("hi")], temperature="hot")  # E: create
client.chat.completions.parse(model="m", messages=[], response_format=City, top_p="x")  # E: parse
client.chat.completions.run_tools(model="m", messages=[], tools=[add], seed="1")  # E: run_tools
client.chat.completions.create(model="m", messages=[], no_such_argument=1)  # E: unknown
wrong: int = r.choices  # E: result type

# Reading an answer takes None checks only: no Unset, no casts.
usage = r.usage
if usage is not None and usage.cost is not None:
    cost: float = usage.cost
    tokens: int = usage.total_tokens
answer = r.choices[0].message.content
if answer is not None:
    print(answer)
reason: str | None = r.choices[0].finish_reason  # a str enum is a str
present: bool = r.has("usage")
as_json: str = r.to_json()
with client.chat.completions.create(model="m", messages=[user("hi")], stream=True) as stream:
    for chunk in stream:
        if chunk.choices:
            delta = chunk.choices[0].delta.content
            if delta is not None:
                print(delta.upper())
            delta.upper()  # E: delta may be None
unchecked: float = r.usage.cost  # E: usage and cost may be None
'''


def test_arguments_and_results_are_checked_by_mypy(tmp_path: Path) -> None:
    api = pytest.importorskip("mypy.api")
    program = tmp_path / "user_program.py"
    program.write_text(textwrap.dedent(PROGRAM), encoding="utf-8")
    stdout, stderr, _ = api.run(
        [
            "--strict",
            "--no-error-summary",
            "--config-file",
            str(ROOT / "pyproject.toml"),
            str(program),
        ]
    )
    lines = program.read_text(encoding="utf-8").splitlines()
    expected = {n for n, line in enumerate(lines, start=1) if "# E:" in line}
    reported = {int(m) for m in re.findall(r"user_program\.py:(\d+): error", stdout)}
    assert reported == expected, stdout + stderr


def test_the_readme_python_blocks_pass_mypy_strict(tmp_path: Path) -> None:
    """What users copy from the README type-checks as it stands (read as one program, like
    ``tests/test_readme.py`` runs it; ``gen_id`` is the one name that test provides)."""
    api = pytest.importorskip("mypy.api")
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```python\n(.*?)```", readme, flags=re.DOTALL)
    program = tmp_path / "readme_program.py"
    program.write_text('gen_id = "gen-123"\n' + "\n".join(blocks), encoding="utf-8")
    stdout, stderr, status = api.run(
        [
            "--strict",
            "--allow-redefinition",
            "--config-file",
            str(ROOT / "pyproject.toml"),
            str(program),
        ]
    )
    assert status == 0, stdout + stderr
