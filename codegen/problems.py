"""openapi-python-client's problems, retold: which operation or schema, what is wrong, what to do.

The generator reports a problem as a header and a detail written for its own debugging: object
reprs instead of values (``<...UntrustedString object at 0x...>``), an empty "resulted in the
removal of" list, no hint at a fix. :func:`describe` turns each into an entry that names the
operation (``POST /responses``) or schema, the cause, and the next step in this project (a
standardize or normalize step, an overlay, a class name).
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterable, Iterator
from typing import Any

_OBJECT_REPR = re.compile(r"<[\w.]+ object at 0x[0-9a-fA-F]+>")
_OPERATION = re.compile(
    r"parsing (?P<method>[A-Z]+) (?P<path>\S+) within (?P<tags>\S*?)\.(?P<dropped> Endpoint will not be generated\.)?"
)
_SCHEMA = re.compile(r"Unable to (?:process|parse) schema (?P<ref>\S+?):?\s*$")
_REMOVED = "Failure to process schema has resulted in the removal of:"

# (text in the generator's message, what to do about it)
NEXT_STEPS: tuple[tuple[str, str], ...] = (
    (
        "Cannot take allOf a non-object",
        "an allOf member is an enum, a union or nullable; make a normalize step collapse that "
        "form (codegen/normalize/steps.py: collapse_annotation_allof, intersect_enum_allof, "
        "flatten_allof) or rewrite the schema with an overlay",
    ),
    (
        "Could not find reference",
        "it uses a schema the generator dropped or the spec does not define: fix the schema "
        "problem reported with it, or the dangling $ref (overlay)",
    ),
    (
        "duplicate models",
        "two inline schemas get the same class name: give the schema a name in "
        "codegen/class_names.yaml, or let normalize hoist it (name_inline_union_variants)",
    ),
    (
        "Unsupported enum type",
        "an enum has non-scalar members: standardize must reduce them to values "
        "(enum_objects_to_values), or an overlay must",
    ),
    (
        "Invalid property in union",
        "a union variant the generator cannot express inline: name it "
        "(normalize: name_inline_union_variants)",
    ),
    (
        "Enum values must all be the same type",
        "split the enum into a union of one enum per type (overlay), or extend "
        "merge_string_literal_unions",
    ),
    (
        "Unsupported content_type",
        "declare the body as application/octet-stream (normalize: binary_media_as_octet_stream) "
        "if it is binary",
    ),
    (
        "Conflicting property names",
        "two properties map to one Python name; rename one with an overlay",
    ),
    (
        "Unsupported content type",
        "the generator cannot send this request body's media type: declare a JSON, form, "
        "multipart or application/octet-stream body with an overlay, or teach the templates",
    ),
    (
        "Incorrect path templating",
        "the path's {parameters} and the declared path parameters disagree: fix the names with "
        "an overlay (standardize.declare_path_parameters adds only missing ones)",
    ),
    (
        "Parameters MUST NOT contain duplicates",
        "the operation lists a parameter twice; remove one with an overlay",
    ),
)
DEFAULT_NEXT_STEP = (
    "fix the construct in a normalize step (codegen/normalize/steps.py) if it is general, "
    "else with an overlay in spec/overlays/"
)


def readable(text: str) -> str:
    """Generator text without object reprs; they carried no value anyway."""
    return _OBJECT_REPR.sub("(a value from the spec)", text)


def next_step(detail: str) -> str:
    return next((advice for needle, advice in NEXT_STEPS if needle in detail), DEFAULT_NEXT_STEP)


def _subject(header: str) -> tuple[str, str]:
    """(what the problem is about, what happened to it) from the generator's header."""
    operation = _OPERATION.search(header)
    if operation:
        tags = f" (tag {operation['tags']})" if operation["tags"] else ""
        fate = "not generated" if operation["dropped"] else "generated with a part left out"
        return f"{operation['method']} {operation['path']}{tags}", fate
    schema = _SCHEMA.search(header.strip())
    if schema:
        return f"schema {schema['ref'].rsplit('/', 1)[-1]}", "dropped"
    return header.strip().rstrip(":") or "the document", ""


def describe_one(header: str, detail: str, level: str = "") -> str:
    """One problem as an entry of the report (several lines)."""
    detail = readable(detail).strip()
    header = readable(header)
    cause, _, removed_text = detail.partition(_REMOVED)
    subject, fate = _subject(header)
    removed = [
        name
        for line in removed_text.splitlines()
        if line.strip() and (name := line.strip().rsplit("/", 1)[-1]) != subject.split()[-1]
    ]
    cause = " ".join(cause.split()) or "(no detail given)"
    lines = [f"- {subject}{': ' + fate if fate else ''}{' [' + level + ']' if level else ''}"]
    lines.append(f"    cause: {cause}")
    if removed:
        lines.append(f"    also dropped with it: {', '.join(removed)}")
    lines.append(f"    next:  {next_step(header + ' ' + cause)}")
    return "\n".join(lines)


def describe(errors: Iterable[Any]) -> str:
    """The generator's problems (``GeneratorError`` objects) as a report for the maintainer."""
    problems = list(errors)
    entries = [
        describe_one(
            str(getattr(error, "header", "") or type(error).__name__),
            str(getattr(error, "detail", "") or ""),
            str(getattr(getattr(error, "level", None), "value", "")),
        )
        for error in problems
    ]
    return "\n".join(
        [
            f"openapi-python-client reported {len(problems)} problem(s); nothing was written "
            "(any warning means something was dropped):",
            *entries,
        ]
    )


@contextlib.contextmanager
def values_in_messages() -> Iterator[None]:
    """While generating, the generator's wrapped spec strings print as their value in messages.

    Only ``repr`` changes, which the generator uses in f-strings of its error messages; generated
    code never contains a repr of one (it unwraps values explicitly).
    """
    from openapi_python_client.schema.untrusted_string import UntrustedString

    def shown(self: UntrustedString) -> str:
        return repr(self.get_untrusted_value())

    original = UntrustedString.__repr__
    UntrustedString.__repr__ = shown  # type: ignore[method-assign,assignment]
    try:
        yield
    finally:
        UntrustedString.__repr__ = original  # type: ignore[method-assign]
