"""load_document: YAML, JSON and markdown-embedded specs, with YAML aliases expanded."""

from __future__ import annotations

from pathlib import Path

import pytest

from codegen.load import DocumentError, load_data, load_document, parse_text

SEED = Path(__file__).resolve().parent / "fixtures" / "chat-completion-docs-page.txt"
ALIASED = """\
openapi: 3.1.0
info: {title: t, version: '1'}
paths: {}
components:
  schemas:
    A:
      enum:
        - &ref_0
          type: stringLiteral
          value: text
    B:
      enum:
        - *ref_0
"""


def test_aliases_become_independent_copies() -> None:
    document = parse_text(ALIASED)
    a = document["components"]["schemas"]["A"]["enum"][0]
    b = document["components"]["schemas"]["B"]["enum"][0]
    assert a == b
    a["value"] = "changed"
    assert b["value"] == "text"


def test_plain_yaml_and_json(tmp_path: Path) -> None:
    (tmp_path / "spec.yaml").write_text(ALIASED, encoding="utf-8")
    (tmp_path / "spec.json").write_text(
        '{"openapi": "3.1.0", "info": {"title": "t", "version": "1"}, "paths": {}}',
        encoding="utf-8",
    )
    assert load_document(tmp_path / "spec.yaml")["openapi"] == "3.1.0"
    assert load_document(tmp_path / "spec.json")["paths"] == {}


def test_keys_are_strings_and_timestamps_stay_text() -> None:
    document = parse_text(
        "openapi: 3.1.0\npaths:\n  /a:\n    get:\n      responses:\n        200: {description: ok}\n"
        "x-date: 2025-08-24\n"
    )
    assert list(document["paths"]["/a"]["get"]["responses"]) == ["200"]
    assert document["x-date"] == "2025-08-24"


def test_yaml_with_a_document_marker_and_backticks_is_not_taken_for_markdown() -> None:
    text = "---\nopenapi: 3.1.0\ninfo: {title: t, description: 'use ```code```', version: '1'}\n"
    assert parse_text(text)["info"]["description"] == "use ```code```"


def test_markdown_page_with_front_matter() -> None:
    page = "---\ntitle: x\n---\n\n# Page\n\n```python\nprint(1)\n```\n\n```yaml\nopenapi: 3.1.1\npaths: {}\n```\n"
    assert parse_text(page) == {"openapi": "3.1.1", "paths": {}}


@pytest.mark.skipif(not SEED.exists(), reason="seed rendering not available")
def test_docs_site_seed() -> None:
    document = load_document(SEED)
    assert "/chat/completions" in document["paths"]
    assert "ChatGenerationParams" in document["components"]["schemas"]


def test_not_an_openapi_document(tmp_path: Path) -> None:
    (tmp_path / "page.md").write_text("# nothing here\n", encoding="utf-8")
    with pytest.raises(DocumentError, match=r"page\.md"):
        load_document(tmp_path / "page.md")


def test_load_data_reads_any_yaml(tmp_path: Path) -> None:
    (tmp_path / "x.yaml").write_text("a: &x [1]\nb: *x\n", encoding="utf-8")
    data = load_data(tmp_path / "x.yaml")
    data["a"].append(2)
    assert data["b"] == [1]
