"""Each generated operation module is the small boundary the facade uses, and cheap to import."""

from __future__ import annotations

import importlib
import subprocess
import sys
from types import ModuleType

import pytest
from openrouter_api.api import OPERATIONS

CONTRACT = {"METHOD", "PATH", "SUCCESS_CONTENT_TYPES", "build_request", "parse_success"}


def _modules() -> list[ModuleType]:
    return [
        importlib.import_module(f"openrouter_api.api.{module}.{name}")
        for module, names in OPERATIONS.values()
        for name in names
    ]


def test_every_operation_module_offers_the_contract_and_nothing_else() -> None:
    modules = _modules()
    assert len(modules) == 97
    for module in modules:
        public = {
            name
            for name, value in vars(module).items()
            if not name.startswith("_")
            and getattr(value, "__module__", module.__name__) == module.__name__
            and not isinstance(value, ModuleType)
            and name not in {"annotations", "TYPE_CHECKING"}
        }
        assert public == CONTRACT, f"{module.__name__}: {sorted(public ^ CONTRACT)}"
        assert isinstance(module.SUCCESS_CONTENT_TYPES, tuple)


def test_the_generated_package_has_no_client_of_its_own() -> None:
    for name in ("client", "errors"):
        with pytest.raises(ModuleNotFoundError):
            importlib.import_module(f"openrouter_api.{name}")


def test_importing_the_chat_operation_loads_only_the_model_it_returns() -> None:
    code = (
        "import sys; import openrouter_api.api.chat.send_chat_completion_request;"
        "print(*sorted(m for m in sys.modules if m.startswith('openrouter_api.models.')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["openrouter_api.models.chat_result"]
