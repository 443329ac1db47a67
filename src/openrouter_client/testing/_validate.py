"""Requests checked against the spec, so an app's invalid request fails its tests as it would
fail on OpenRouter (400, the field named) instead of passing.

What is checked: the body's media type, that it parses, every keyword of its schema (with
``jsonschema``: ``pip install 'openrouter-pyclient[testing]'``), top-level fields the schema does
not declare (a misspelt ``temprature``; ``extra_fields`` names those an app sends on purpose,
with ``extra_body``), and query and path parameters (unknown names,
required ones, their schemas). Without ``jsonschema`` only the top level is checked: unknown
and missing fields, and each field's JSON type; nested values pass unchecked.

The schemas are the prepared spec's (upstream plus our overlays), shipped compactly in the
generated package; validators are built once per operation and shared process-wide.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Collection, Iterator, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ._instance import json_type
from ._multipart import parse_multipart
from ._spec import request_schemas

if TYPE_CHECKING:
    from ._request import RecordedRequest
    from ._spec import Operation

__all__ = ["Issue", "check_request", "full_validation_available"]

_MAX_ISSUES = 10


@dataclass(frozen=True, slots=True)
class Issue:
    """One way a request breaks the spec: where (``("body", "messages", 0, "role")``, or
    ``("query", "limit")``) and what."""

    path: tuple[str | int, ...]
    message: str

    @property
    def field(self) -> str:
        """The path as one readable name: ``messages[0].role``, ``query parameter limit``."""
        where, *rest = self.path or ("body",)
        if where in ("query", "path"):
            return f"{where} parameter {rest[0]}" if rest else f"{where} parameters"
        text = ""
        for part in rest:
            text += f"[{part}]" if isinstance(part, int) else f".{part}" if text else str(part)
        return text or "body"

    def as_dict(self) -> dict[str, Any]:
        return {"path": list(self.path[1:]), "in": self.path[0], "message": self.message}


@functools.cache
def full_validation_available() -> bool:
    """Whether ``jsonschema`` is installed (then every keyword of the schemas is checked)."""
    try:
        import jsonschema  # noqa: F401
    except ImportError:
        return False
    return True


def _resolve(node: Any) -> Any:
    components = request_schemas()["components"]["schemas"]
    for _ in range(32):
        if not (isinstance(node, Mapping) and isinstance(node.get("$ref"), str)):
            break
        node = components.get(node["$ref"].rsplit("/", 1)[-1], {})
    return node


def _top_level(schema: Any) -> tuple[dict[str, list[str]], list[str], bool]:
    """The top-level properties (name -> JSON types) every branch of ``schema`` declares, the
    required ones, and whether undeclared ones are allowed explicitly."""
    properties: dict[str, list[str]] = {}
    required: list[str] = []
    open_ended = False
    stack = [(_resolve(schema), True)]
    while stack:
        node, mandatory = stack.pop()
        if not isinstance(node, Mapping):
            continue
        for name, sub in (node.get("properties") or {}).items():
            kinds = properties.setdefault(name, [])
            kinds += [k for k in _types(sub) if k not in kinds]
        if mandatory:
            required += [n for n in node.get("required", ()) if n not in required]
        extra = node.get("additionalProperties")
        if (extra is not None and extra is not False) or "patternProperties" in node:
            open_ended = True
        stack += [(_resolve(part), mandatory) for part in node.get("allOf", ())]
        for keyword in ("anyOf", "oneOf"):
            stack += [(_resolve(part), False) for part in node.get(keyword, ())]
    return properties, required, open_ended


def _types(schema: Any, depth: int = 0) -> list[str]:
    node = _resolve(schema)
    if not isinstance(node, Mapping) or depth > 6:
        return []
    kind = node.get("type")
    kinds = [kind] if isinstance(kind, str) else list(kind) if isinstance(kind, list) else []
    for keyword in ("anyOf", "oneOf", "allOf"):
        for part in node.get(keyword, ()):
            sub = _types(part, depth + 1)
            if not sub:
                return []  # a branch of any type: nothing to check
            kinds += [k for k in sub if k not in kinds]
    if not kinds and ("enum" in node or "const" in node):
        values = node.get("enum", [node.get("const")])
        kinds = sorted({json_type(v) for v in values})
    return kinds


def _fits(value: Any, kinds: list[str]) -> bool:
    if not kinds:
        return True
    actual = json_type(value)
    return actual in kinds or (actual == "integer" and "number" in kinds)


@functools.cache
def _validator(key: str, media_type: str) -> Any:
    import jsonschema

    document = request_schemas()
    schema = document["operations"][key]["body"][media_type]
    wrapped = {"components": document["components"], "allOf": [schema]}
    return jsonschema.Draft202012Validator(wrapped)


@functools.cache
def _param_validator(schema_json: str) -> Any:
    import jsonschema

    document = request_schemas()
    wrapped = {"components": document["components"], "allOf": [json.loads(schema_json)]}
    return jsonschema.Draft202012Validator(wrapped)


def _describe(error: Any) -> tuple[tuple[str | int, ...], str]:
    """Where and what for one jsonschema error; a failed union is explained by the branch
    that came closest, or, when every branch rejects the same tag (``role``, ``type``), by
    the values that tag may take."""
    if error.validator not in ("anyOf", "oneOf") or not error.context:
        return tuple(error.absolute_path), error.message
    branches: dict[Any, list[Any]] = {}
    for sub in error.context:
        branches.setdefault(sub.relative_schema_path[0], []).append(sub)
    tags: dict[tuple[Any, ...], dict[Any, Any]] = {}  # path -> branch -> its tag error
    for branch, errors in branches.items():
        for sub in errors:
            deeper = len(sub.absolute_path) > len(error.absolute_path)
            if sub.validator in ("const", "enum") and deeper:
                tags.setdefault(tuple(sub.absolute_path), {})[branch] = sub
    for path, by_branch in tags.items():
        if len(by_branch) == len(branches):  # every branch rejects this tag's value
            allowed: list[Any] = []
            for sub in by_branch.values():
                values = [sub.validator_value] if sub.validator == "const" else sub.validator_value
                allowed += [v for v in values if v not in allowed]
            first = next(iter(by_branch.values()))
            return path, f"{first.instance!r} is not one of {allowed!r}"
    closest = min(branches.values(), key=lambda errors: (len(errors), -_depth(errors)))
    return _describe(max(closest, key=lambda e: len(e.absolute_path)))


def _depth(errors: list[Any]) -> int:
    return max(len(e.absolute_path) for e in errors)


def _schema_issues(key: str, media_type: str, body: Any) -> list[Issue]:
    issues = []
    for error in _validator(key, media_type).iter_errors(body):
        path, message = _describe(error)
        issues.append(Issue(("body", *path), message))
        if len(issues) >= _MAX_ISSUES:
            break
    return issues


def _body_issues(key: str, media_type: str, body: Any, extra: Collection[str]) -> list[Issue]:
    schema = request_schemas()["operations"][key]["body"][media_type]
    properties, required, open_ended = _top_level(schema)
    issues = []
    if isinstance(body, dict):
        if properties and not open_ended:
            issues += [
                Issue(("body", name), f"unknown field {name!r} (not in the spec's request)")
                for name in body
                if name not in properties and name not in extra
            ]
        if not full_validation_available():
            issues += [
                Issue(("body", name), f"{name!r} is a required property")
                for name in required
                if name not in body
            ]
            issues += [
                Issue(("body", name), f"{value!r} is not of type {' or '.join(properties[name])}")
                for name, value in body.items()
                if name in properties and not _fits(value, properties[name])
            ]
    elif not full_validation_available() and "object" in _types(schema):
        issues.append(Issue(("body",), f"the body must be a JSON object, not {json_type(body)}"))
    if full_validation_available():
        known = {issue.path for issue in issues}
        checked = body
        if extra and isinstance(body, dict):
            checked = {k: v for k, v in body.items() if k not in extra}
        issues += [i for i in _schema_issues(key, media_type, checked) if i.path not in known]
    return issues[:_MAX_ISSUES]


@functools.lru_cache(maxsize=512)
def _cached_body_issues(
    key: str, media_type: str, raw: bytes, extra: frozenset[str]
) -> tuple[Issue, ...]:
    """A JSON body's issues, remembered: an app's tests send the same bodies again and again,
    and checking a chat request against its schema costs about 0.3 ms."""
    return tuple(_body_issues(key, media_type, json.loads(raw), extra))


def _form(request: RecordedRequest) -> dict[str, Any] | None:
    parts = parse_multipart(request.headers.get("content-type", ""), request.body)
    if parts is None:
        return None
    return {part.name: part.text if part.filename is None else "<file>" for part in parts}


def _readings(text: str) -> Iterator[Any]:
    """The JSON values a query string value may stand for (``"1"``: a string or a number)."""
    yield text
    try:
        yield json.loads(text)
    except ValueError:
        return


def _parameter_issues(
    operation: Operation, request: RecordedRequest, entry: Any, extra: Collection[str]
) -> list[Issue]:
    declared = {(p["in"], p["name"]): p for p in entry.get("parameters", ())}
    issues = []
    for name in request.query:
        if ("query", name) not in declared and name not in extra:
            issues.append(Issue(("query", name), f"unknown query parameter {name!r}"))
    for (where, name), param in declared.items():
        value = request.query.get(name) if where == "query" else operation.params.get(name)
        if value is None:
            if param["required"]:
                issues.append(Issue((where, name), f"required {where} parameter missing"))
            continue
        if full_validation_available():
            validator = _param_validator(json.dumps(param["schema"], sort_keys=True))
            if not any(validator.is_valid(reading) for reading in _readings(value)):
                error = next(iter(validator.iter_errors(value)), None)
                detail = error.message if error is not None else "does not fit its schema"
                issues.append(Issue((where, name), detail))
        elif not any(_fits(r, _types(param["schema"])) for r in _readings(value)):
            issues.append(
                Issue((where, name), f"{value!r} is not of type {_types(param['schema'])}")
            )
    return issues


def check_request(
    request: RecordedRequest, operation: Operation, extra_fields: Collection[str] = ()
) -> list[Issue]:
    """Every way ``request`` breaks ``operation``'s request schemas (empty when it conforms).
    ``extra_fields``: top-level body fields and query parameters accepted though undeclared."""
    entry = request_schemas()["operations"].get(operation.key)
    if entry is None:
        return []
    issues = _parameter_issues(operation, request, entry, extra_fields)
    bodies: dict[str, Any] = entry.get("body", {})
    if not bodies:
        return issues
    if not request.body:
        if entry.get("body_required"):
            issues.append(Issue(("body",), "a request body is required"))
        return issues
    sent = request.headers.get("content-type", "").split(";", 1)[0].strip().lower()
    media_type = sent if sent in bodies else None
    if media_type is None and sent in ("", "text/plain") and "application/json" in bodies:
        media_type = "application/json"  # OpenRouter reads an unlabelled body as JSON
    if media_type is None:
        expected = " or ".join(bodies)
        issues.append(Issue(("body",), f"Content-Type {sent or 'none'!r}: expected {expected}"))
        return issues
    if media_type == "multipart/form-data":
        body: Any = _form(request)
        if body is None:
            issues.append(Issue(("body",), "the multipart/form-data body is malformed"))
            return issues
    else:
        body = request.json
        if body is None and request.body.strip() != b"null":
            issues.append(Issue(("body",), "the body is not valid JSON"))
            return issues
    if media_type == "multipart/form-data":
        return issues + _body_issues(operation.key, media_type, body, extra_fields)
    cached = _cached_body_issues(operation.key, media_type, request.body, frozenset(extra_fields))
    return issues + list(cached)
