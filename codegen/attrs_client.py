"""Run openapi-python-client on a prepared spec, with our templates, and refuse any warning.

The generator skips what it cannot parse and still exits 0 (whole operations vanished that way,
POST /chat/completions among them), so every warning it reports is treated as a failure here.
"""

from __future__ import annotations

import contextlib
import json
import shlex
import shutil
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml

from .problems import describe, values_in_messages

TEMPLATES = Path(__file__).parent / "templates"
# Hand-written modules of the generated package, copied as they are (ruff and mypy check them here).
RUNTIME = Path(__file__).parent / "runtime"
RUNTIME_MODULES = ("types.py",)
# What the generator always writes and the facade never uses (it sends requests itself).
UNUSED_OUTPUTS = ("client.py", "errors.py")
CLASS_NAMES = Path(__file__).parent / "class_names.yaml"
PACKAGE = "openrouter_api"


class GenerationError(RuntimeError):
    """The generator reported errors or warnings; the message lists each one."""


def ruff_executable() -> str:
    """This environment's ruff (``python -m ruff`` would let generated ``types.py`` shadow stdlib)."""
    beside = Path(sys.executable).parent / "ruff"
    found = str(beside) if beside.exists() else shutil.which("ruff")
    if not found:
        raise GenerationError("ruff is not installed; run `make install`")
    return found


def _config(class_overrides: dict[str, Any]) -> dict[str, Any]:
    ruff = shlex.quote(ruff_executable())
    return {
        "project_name_override": PACKAGE,
        "package_name_override": PACKAGE,
        "class_overrides": class_overrides,
        # Ruff both removes the imports templates emit generously and makes output byte-stable.
        "post_hooks": [
            f"{ruff} check . --fix-only --extend-select=I --quiet --no-cache",
            f"{ruff} format . --quiet --no-cache",
        ],
    }


def load_class_overrides(path: Path = CLASS_NAMES) -> dict[str, Any]:
    """Readable names for classes the generator would otherwise name after spec paths."""
    if not path.exists():
        return {}
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    if not isinstance(data, dict):
        raise GenerationError(
            f"{path}: expected a mapping of class names, got {type(data).__name__}"
        )
    return data


def generate_attrs_client(
    spec: dict[str, Any], out_dir: Path, *, class_overrides: dict[str, Any]
) -> Path:
    """Write the ``openrouter_api`` package for ``spec`` under ``out_dir``; return its path."""
    from openapi_python_client import generate  # heavy; only the generate step needs it
    from openapi_python_client.config import Config, ConfigFile, MetaType

    package_dir = out_dir / PACKAGE
    with tempfile.TemporaryDirectory() as scratch:
        spec_path = Path(scratch) / "openapi.json"
        spec_path.write_text(json.dumps(spec), encoding="utf-8")
        config = Config.from_sources(
            ConfigFile(**_config(class_overrides)),
            MetaType.NONE,
            spec_path,
            "utf-8",
            overwrite=True,
            output_path=package_dir,
        )
        with _plain_field_names(), values_in_messages():
            errors = generate(config=config, custom_template_path=TEMPLATES)
    for name in UNUSED_OUTPUTS:
        (package_dir / name).unlink(missing_ok=True)
    for name in RUNTIME_MODULES:
        shutil.copyfile(RUNTIME / name, package_dir / name)
    if errors:
        raise GenerationError(describe(errors))
    return package_dir


# JSON keys that the generator would suffix with ``_`` for shadowing a builtin, kept as they are so
# users write ``tool_call.type`` and ``chunk.object`` as in every other client. Safe: the generated
# modules never call these builtins where such a name is a local or a parameter.
PLAIN_NAMES = frozenset({"type", "object", "format", "input"})
# The methods every model has (``types.LazyModel``): a JSON key of that name gets the ``_`` suffix
# instead of hiding the method.
MODEL_METHODS = frozenset({"has", "to_dict", "to_json", "from_dict", "accepts", "additional_keys"})


@contextlib.contextmanager
def _plain_field_names() -> Iterator[None]:
    from openapi_python_client import strings

    reserved = strings.RESERVED_WORDS
    strings.RESERVED_WORDS = (reserved - PLAIN_NAMES) | MODEL_METHODS
    try:
        yield
    finally:
        strings.RESERVED_WORDS = reserved
