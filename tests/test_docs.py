"""The documentation site's hook (docs/hooks/includes.py): guides are README sections, and the
strict build fails when the README, the pages and the public API stop agreeing.

`make test` builds the real site with --strict; these tests pin that each disagreement is caught,
without running MkDocs."""

from __future__ import annotations

import importlib.util
import logging
import sys
from pathlib import Path
from types import ModuleType, SimpleNamespace
from typing import Any

import pytest

from tests.conftest import ROOT


def _load_hook() -> ModuleType:
    spec = importlib.util.spec_from_file_location("docs_includes", ROOT / "docs/hooks/includes.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


hook = _load_hook()

README = """# Project

Intro.

## Use

### Streaming

```sh
# a comment in a code block, not a heading
make demo
```

Streaming text.

## Empty

## Testing

Testing text.
"""


def _page(uri: str) -> Any:
    return SimpleNamespace(file=SimpleNamespace(src_uri=uri))


def _build(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, pages: dict[str, str]) -> list[str]:
    """Run the hook's events over ``pages`` against ``README``; the pages' output."""
    readme = tmp_path / "README.md"
    readme.write_text(README, encoding="utf-8")
    monkeypatch.setattr(hook, "README", readme)
    monkeypatch.setattr(hook, "PUBLIC_MODULES", ())
    monkeypatch.setattr(hook, "client_resources", list)
    hook.on_pre_build(config=None)
    out = [hook.on_page_markdown(md, _page(uri), None, None) for uri, md in pages.items()]
    hook.on_post_build(config=None)
    return out


def _warnings(caplog: pytest.LogCaptureFixture) -> list[str]:
    messages = [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING]
    return [m.removeprefix("includes: ") for m in messages]


def test_sections_end_at_the_next_heading_and_code_lines_are_not_headings() -> None:
    sections = hook.split_sections(README)
    assert list(sections) == ["Project", "Use", "Streaming", "Empty", "Testing"]
    streaming = sections["Streaming"]
    assert streaming.level == 3
    assert "# a comment in a code block, not a heading" in streaming.body
    assert "Streaming text." in streaming.body
    assert "Testing text." not in streaming.body
    assert not sections["Use"].has_text


def test_two_sections_with_one_title_are_refused() -> None:
    with pytest.raises(ValueError, match="two sections headed 'A'"):
        hook.split_sections("## A\n\none\n\n## A\n\ntwo\n")


def test_a_directive_places_the_section_at_the_level_written(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    pages = {
        "index.md": "<!-- readme: # Project -->\n",
        "guide.md": "<!-- readme: # Streaming -->\n\n<!-- readme: ## Testing -->\n",
    }
    index, guide = _build(monkeypatch, tmp_path, pages)
    assert index.startswith("# Project\n\nIntro.\n")
    assert guide.startswith("# Streaming\n\n```sh\n")
    assert "Streaming text.\n\n## Testing\n\nTesting text.\n" in guide
    assert _warnings(caplog) == []


def test_a_renamed_or_missing_section_fails_the_build(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    pages = {"guide.md": "<!-- readme: # Streaming responses -->\n<!-- readme: # Testing -->\n"}
    _build(monkeypatch, tmp_path, pages)
    warnings = _warnings(caplog)
    assert any("no section headed 'Streaming responses'" in w for w in warnings)
    # ...and the README section nobody placed is reported too; the empty one ("Use") is not.
    assert any("'Streaming' is on no docs page" in w for w in warnings)
    assert any("'Project' is on no docs page" in w for w in warnings)
    assert not any("'Use' is on" in w or "'Empty' is on" in w for w in warnings)


def test_a_section_placed_twice_is_reported(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    pages = {
        "a.md": "<!-- readme: # Project -->\n<!-- readme: # Streaming -->\n",
        "b.md": "<!-- readme: # Streaming -->\n<!-- readme: # Testing -->\n",
    }
    _build(monkeypatch, tmp_path, pages)
    assert _warnings(caplog) == ["b.md: README section 'Streaming' is already on a.md"]


def test_a_public_name_missing_from_the_reference_fails_the_build(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    readme = tmp_path / "README.md"
    readme.write_text("# Project\n\nIntro.\n", encoding="utf-8")
    monkeypatch.setattr(hook, "README", readme)
    monkeypatch.setattr(hook, "client_resources", list)
    hook.on_pre_build(config=None)
    documented = "".join(
        f"::: openrouter_client.{name}\n"
        for name in __import__("openrouter_client").__all__
        if name not in ("paginate", "__version__")
    )
    hook.on_page_markdown("<!-- readme: # Project -->\n" + documented, _page("ref.md"), None, None)
    monkeypatch.setattr(hook, "PUBLIC_MODULES", ("openrouter_client",))
    hook.on_post_build(config=None)
    assert _warnings(caplog) == [
        "openrouter_client.paginate is public but not in the API reference: "
        "'::: openrouter_client.paginate'"
    ]


def test_every_client_resource_needs_a_row_in_the_resources_table(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    assert {"chat", "models", "keys", "api"} <= set(hook.client_resources())
    readme = tmp_path / "README.md"
    readme.write_text("# Project\n\nIntro.\n", encoding="utf-8")
    monkeypatch.setattr(hook, "README", readme)
    monkeypatch.setattr(hook, "PUBLIC_MODULES", ())
    monkeypatch.setattr(hook, "client_resources", lambda: ["chat", "videos"])
    hook.on_pre_build(config=None)
    table = "<!-- readme: # Project -->\n| `client.chat.completions` | ... |\n"
    hook.on_page_markdown(table, _page(hook.RESOURCES_PAGE), None, None)
    hook.on_post_build(config=None)
    assert _warnings(caplog) == [
        f"{hook.RESOURCES_PAGE}: the resources table has no row for client.videos"
    ]


def test_a_model_is_rendered_from_its_docstring_with_anchors_and_links() -> None:
    text = hook.render_model("ChatResult", 3, {"ChatResult", "ChatChoice"})
    assert "[](){#openrouter_client.types.ChatResult}" in text
    assert "[](){#openrouter_api.models.ChatResult}" in text
    assert "\n### ChatResult\n" in text
    assert "Chat completion response" in text
    assert "- **`choices`** (`list[`[`ChatChoice`][openrouter_client.types.ChatChoice]`]`)" in text
    # ChatUsage is not on the page: its name stays plain code
    assert "- **`usage`** (`ChatUsage | None`): Token usage statistics" in text


def test_a_type_wrapped_over_lines_by_the_generator_is_one_field() -> None:
    doc = (
        "Summary\n\nAttributes:\n"
        "    content (list[A | B |\n        C] | None): The content\n"
        "    name (str): A name\n"
    )
    unwrapped = hook.unwrap_types(doc)
    assert "    content (list[A | B | C] | None): The content\n" in unwrapped + "\n"
    assert "    name (str): A name" in unwrapped


def test_an_unknown_model_or_object_fails_the_build(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    pages = {
        "index.md": "<!-- readme: # Project -->\n<!-- readme: # Streaming -->\n"
        "<!-- readme: # Testing -->\n<!-- model: ## NoSuchModel -->\n"
        "<!-- docstring: openrouter_api.no_such_module -->\n<!-- docstring: openrouter_api.types -->\n",
    }
    (page,) = _build(monkeypatch, tmp_path, pages)
    warnings = _warnings(caplog)
    assert len(warnings) == 2
    assert "cannot include model 'NoSuchModel'" in warnings[0]
    assert "cannot include docstring 'openrouter_api.no_such_module'" in warnings[1]
    assert "lazy, lenient decoding" in page  # the module docstring that does exist
