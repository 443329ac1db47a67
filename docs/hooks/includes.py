"""MkDocs hook: pages take their text from where it is maintained, and the build checks coverage.

Directives (one per line in a page under ``docs/``):

- ``<!-- readme: ## Streaming -->``: the README section headed "Streaming" (its heading and text
  up to the next heading of any level), its heading at the level written (``##``). The guides are
  the README's own sections, so the site cannot drift from it.
- ``<!-- docstring: openrouter_api.types -->``: the docstring of a module or class, as Markdown.
- ``<!-- model: ## ChatResult -->``: a generated model of ``openrouter_client.types`` (its
  description, example and fields, from its docstring) under a heading at the level written.
  Rendering a few models this way costs milliseconds; loading the ~1,800 generated modules for
  mkdocstrings would cost seconds per build.

Under ``mkdocs build --strict`` (part of ``make test``) the build fails when a page names a README
section, object or model that does not exist; when a README section with text is on no page (a
section was added: put it on a page); when a name in ``__all__`` of a public module has no
``::: module.name`` in the API reference; or when a resource of the clients (``client.models``)
has no row in the table of ``reference/clients.md``.
"""

from __future__ import annotations

import importlib
import inspect
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from griffe import Docstring, DocstringSectionKind
from mkdocs.plugins import get_plugin_logger

log = get_plugin_logger("includes")

README = Path(__file__).resolve().parents[2] / "README.md"
DIRECTIVE = re.compile(
    r"^<!--\s*(?P<kind>readme|docstring|model):\s*(?P<level>#{1,6}\s+)?(?P<name>.+?)\s*-->\s*$",
    re.MULTILINE,
)
HEADING = re.compile(r"^(#{1,6})\s+(.+?)\s*#*\s*$")
FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
OBJECT = re.compile(r"^:::\s+(\S+)", re.MULTILINE)
IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")

# Modules whose ``__all__`` the API reference must cover, name by name or as a whole module.
PUBLIC_MODULES = ("openrouter_client", "openrouter_client.testing")
# The page whose table names every resource attribute of the clients (``client.models``...).
RESOURCES_PAGE = "reference/clients.md"


@dataclass(frozen=True)
class Section:
    title: str
    level: int
    body: list[str]  # the lines after the heading, up to the next heading

    @property
    def has_text(self) -> bool:
        return any(line.strip() for line in self.body)


def split_sections(markdown: str) -> dict[str, Section]:
    """The sections of a Markdown text by heading title; a ``#`` line inside a fenced code
    block is code, not a heading. Two headings with the same title are an error (a page could
    not say which it means)."""
    sections: dict[str, Section] = {}
    current: Section | None = None
    fence = ""
    for line in markdown.splitlines():
        match = FENCE.match(line)
        if match and (not fence or match.group(1).startswith(fence)):
            fence = "" if fence else match.group(1)[0] * 3
            heading = None
        else:
            heading = None if fence else HEADING.match(line)
        if heading:
            title = heading.group(2)
            if title in sections:
                raise ValueError(f"README.md has two sections headed {title!r}")
            current = sections[title] = Section(title, len(heading.group(1)), [])
        elif current is not None:
            current.body.append(line)
    return sections


def render_section(section: Section, level: int) -> str:
    """The section as page Markdown, its heading at ``level``."""
    body = "\n".join(section.body).strip("\n")
    return f"{'#' * level} {section.title}\n\n{body}\n"


def import_object(path: str) -> Any:
    """A module, or an attribute of one, by dotted path (``openrouter_api.types.LazyModel``)."""
    try:
        return importlib.import_module(path)
    except ImportError:
        module, _, name = path.rpartition(".")
        if not module:
            raise
        return getattr(importlib.import_module(module), name)


def _type_text(annotation: str, linked: set[str]) -> str:
    """A field's type as code, the models rendered on the same page linked."""
    out: list[str] = []
    plain = ""
    for token in re.split(f"({IDENTIFIER.pattern})", " ".join(annotation.split())):
        if token in linked:
            if plain.strip():
                out.append(f"`{plain.strip()}`")
            plain = ""
            out.append(f"[`{token}`][openrouter_client.types.{token}]")
        else:
            plain += token
    if plain.strip():
        out.append(f"`{plain.strip()}`")
    return "".join(out)


def unwrap_types(doc: str) -> str:
    """The docstring with each field's ``name (type):`` on one line: the generator wraps long
    types across lines, which the Google-style parser would not read as a field."""
    lines: list[str] = []
    for line in doc.splitlines():
        previous = lines[-1] if lines else ""
        if previous.count("(") > previous.count(")") and line.startswith(" "):
            lines[-1] = f"{previous} {line.strip()}"
        else:
            lines.append(line)
    return "\n".join(lines)


def render_model(name: str, level: int, linked: set[str]) -> str:
    """A generated model as page Markdown: anchors (so signatures and ``[X][...]`` references
    link here), heading, description, example and its fields."""
    cls = getattr(importlib.import_module("openrouter_client.types"), name)
    anchors = (f"openrouter_client.types.{name}", f"openrouter_api.models.{name}")
    lines = [" ".join(f"[](){{#{anchor}}}" for anchor in anchors), f"{'#' * level} {name}", ""]
    for section in Docstring(unwrap_types(inspect.getdoc(cls) or ""), parser="google").parse():
        if section.kind is DocstringSectionKind.text:
            lines += [section.value, ""]
        elif section.kind is DocstringSectionKind.admonition:
            title = section.value.annotation.capitalize()
            lines += [f"{title}:", "", "```python", section.value.description, "```", ""]
        elif section.kind is DocstringSectionKind.attributes:
            lines += ["Fields:", ""]
            for field in section.value:
                kind = _type_text(str(field.annotation or ""), linked)
                about = " ".join(field.description.split())
                lines.append(f"- **`{field.name}`** ({kind}){': ' + about if about else ''}")
            lines.append("")
    return "\n".join(lines) + "\n"


class _State:
    sections: dict[str, Section] = {}  # noqa: RUF012 (one build at a time)
    placed: dict[str, str] = {}  # noqa: RUF012 (section title -> page)
    documented: set[str] = set()  # noqa: RUF012 (identifiers of ``:::`` blocks)
    resources_page = ""  # the Markdown of RESOURCES_PAGE


def on_pre_build(config: Any) -> None:
    _State.sections = split_sections(README.read_text(encoding="utf-8"))
    _State.placed = {}
    _State.documented = set()
    _State.resources_page = ""


def on_page_markdown(markdown: str, page: Any, config: Any, files: Any) -> str:
    where = page.file.src_uri
    _State.documented.update(OBJECT.findall(markdown))
    if where == RESOURCES_PAGE:
        _State.resources_page = markdown
    models = {m["name"] for m in DIRECTIVE.finditer(markdown) if m["kind"] == "model"}

    def include(match: re.Match[str]) -> str:
        kind, name = match["kind"], match["name"]
        level = len((match["level"] or "").strip())
        if kind != "docstring" and not level:
            log.warning(
                f"{where}: {match[0]!r} needs a heading level, e.g. '<!-- {kind}: ## X -->'"
            )
            return ""
        if kind == "readme":
            section = _State.sections.get(name)
            if section is None:
                log.warning(
                    f"{where}: README.md has no section headed {name!r}; its headings are: "
                    + ", ".join(repr(t) for t in _State.sections)
                )
                return ""
            if name in _State.placed:
                log.warning(f"{where}: README section {name!r} is already on {_State.placed[name]}")
            _State.placed[name] = where
            return render_section(section, level)
        try:
            if kind == "model":
                return render_model(name, level, models)
            return (inspect.getdoc(import_object(name)) or "") + "\n"
        except (ImportError, AttributeError) as error:
            log.warning(f"{where}: cannot include {kind} {name!r}: {error}")
            return ""

    return DIRECTIVE.sub(include, markdown)


def on_post_build(config: Any) -> None:
    for title, section in _State.sections.items():
        if section.has_text and title not in _State.placed:
            log.warning(
                f"README section {title!r} is on no docs page: add "
                f"'<!-- readme: {'#' * section.level} {title} -->' to a page under docs/"
            )
    for module_name in PUBLIC_MODULES:
        module = importlib.import_module(module_name)
        for name in module.__all__:
            identifier = f"{module_name}.{name}"
            if not name.startswith("__") and identifier not in _State.documented:
                log.warning(
                    f"{identifier} is public but not in the API reference: '::: {identifier}'"
                )
    for name in client_resources():
        if f"`client.{name}" not in _State.resources_page:
            log.warning(f"{RESOURCES_PAGE}: the resources table has no row for client.{name}")


def client_resources() -> list[str]:
    """The resource attributes of the clients (``chat``, ``models``, ..., ``api``)."""
    from openrouter_client._base_client import BaseClient, resource

    return [name for name, value in vars(BaseClient).items() if isinstance(value, resource)]


def on_serve(server: Any, config: Any, builder: Any) -> Any:
    server.watch(str(README))  # `mkdocs serve` rebuilds when the README changes
    return server
