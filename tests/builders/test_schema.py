"""Python types as JSON Schema and JSON back as those types: the schemas are valid JSON Schema,
the values a schema accepts convert back to equal instances, and what cannot be described or
does not match is named with its path."""

from __future__ import annotations

import dataclasses
import datetime
import enum
import uuid
from collections.abc import Sequence
from typing import Annotated, Any, Literal, NewType, NotRequired, Optional, Required, TypedDict

import attrs
import jsonschema
import pytest

from openrouter_client.builders.schema import CoercionError, coerce, json_schema, to_json_value


class Color(enum.Enum):
    RED = "red"
    BLUE = "blue"


class Priority(enum.IntEnum):
    LOW = 1
    HIGH = 2


@dataclasses.dataclass
class Address:
    """A postal address.

    Attributes:
        city: City name.
        zip_code: Postal code, digits only.
    """

    city: str
    zip_code: str | None = None


@attrs.define
class LineItem:
    product: str = attrs.field(metadata={"description": "Product SKU"})
    quantity: int = 1
    price: Annotated[float, "Unit price in EUR", {"minimum": 0}] = 0.0


class Meta(TypedDict, total=False):
    source: str
    channel: Required[Literal["web", "phone"]]


class Customer(TypedDict):
    name: str
    email: NotRequired[str]
    address: Address


@attrs.define
class Order:
    """An order placed by a customer."""

    customer: Customer
    items: list[LineItem]
    color: Color
    priority: Priority = Priority.LOW
    tags: set[str] = attrs.field(factory=set)
    meta: Optional[Meta] = None  # noqa: UP045 (Optional spelled out on purpose)
    notes: Sequence[str] = ()


@dataclasses.dataclass
class Node:
    value: int
    children: list[Node] = dataclasses.field(default_factory=list)


@dataclasses.dataclass
class Tree:
    name: str
    root: Node


@dataclasses.dataclass
class Loose:
    data: dict[str, int]


@dataclasses.dataclass
class Wrapper:
    loose: Loose


UserId = NewType("UserId", int)


@dataclasses.dataclass
class Event:
    at: datetime.datetime
    day: datetime.date
    id: uuid.UUID
    user: UserId
    pair: tuple[int, str]


@dataclasses.dataclass
class Free:
    anything: Any = None


@dataclasses.dataclass
class Positive:
    n: int

    def __post_init__(self) -> None:
        if self.n <= 0:
            raise ValueError("n must be positive")


def _check(schema: dict[str, Any]) -> None:
    jsonschema.Draft202012Validator.check_schema(schema)


def _valid(schema: dict[str, Any], value: Any) -> bool:
    return jsonschema.Draft202012Validator(schema).is_valid(value)


@pytest.mark.parametrize(
    ("hint", "schema"),
    [
        (str, {"type": "string"}),
        (int, {"type": "integer"}),
        (float, {"type": "number"}),
        (bool, {"type": "boolean"}),
        (None, {"type": "null"}),
        (Optional[int], {"type": ["integer", "null"]}),  # noqa: UP045 (the spelling under test)
        (int | str | None, {"type": ["integer", "string", "null"]}),
        (Literal["a", "b"], {"type": "string", "enum": ["a", "b"]}),
        (Literal[1, "x"], {"type": ["integer", "string"], "enum": [1, "x"]}),
        (Color, {"type": "string", "enum": ["red", "blue"]}),
        (Priority, {"type": "integer", "enum": [1, 2]}),
        (list[int], {"type": "array", "items": {"type": "integer"}}),
        (Sequence[str], {"type": "array", "items": {"type": "string"}}),
        (tuple[int, ...], {"type": "array", "items": {"type": "integer"}}),
        (set[str], {"type": "array", "items": {"type": "string"}, "uniqueItems": True}),
        (dict[str, float], {"type": "object", "additionalProperties": {"type": "number"}}),
        (datetime.datetime, {"type": "string", "format": "date-time"}),
        (UserId, {"type": "integer"}),
        (Annotated[str, "A name"], {"type": "string", "description": "A name"}),
    ],
)
def test_simple_types(hint: Any, schema: dict[str, Any]) -> None:
    assert json_schema(hint) == schema
    _check(schema)


def test_nested_classes_with_defaults_and_docs() -> None:
    schema = json_schema(Order)
    _check(schema)
    assert schema["description"] == "An order placed by a customer."
    assert schema["required"] == ["customer", "items", "color"]
    props = schema["properties"]
    assert props["priority"] == {"type": "integer", "enum": [1, 2], "default": 1}
    assert props["tags"] == {"type": "array", "items": {"type": "string"}, "uniqueItems": True}
    customer = props["customer"]
    assert customer["required"] == ["name", "address"]  # NotRequired email left out
    address = customer["properties"]["address"]
    assert address["description"] == "A postal address."
    assert address["properties"]["city"]["description"] == "City name."
    assert address["properties"]["zip_code"] == {
        "type": ["string", "null"],
        "description": "Postal code, digits only.",
        "default": None,
    }
    item = props["items"]["items"]
    assert item["properties"]["product"] == {"type": "string", "description": "Product SKU"}
    assert item["properties"]["price"] == {
        "type": "number",
        "description": "Unit price in EUR",
        "minimum": 0,
        "default": 0.0,
    }
    meta = props["meta"]["anyOf"][0]
    assert meta["required"] == ["channel"]  # total=False, but Required[...] wins
    assert props["meta"]["anyOf"][1] == {"type": "null"}


def test_strict_schema_closes_objects_and_makes_optionals_nullable() -> None:
    schema = json_schema(Order, strict=True)
    _check(schema)

    def objects(node: Any) -> list[dict[str, Any]]:
        found = []
        if isinstance(node, dict):
            if node.get("type") == "object" or node.get("type") == ["object", "null"]:
                found.append(node)
            for value in node.values():
                found += objects(value)
        elif isinstance(node, list):
            for value in node:
                found += objects(value)
        return found

    all_objects = objects(schema)
    assert len(all_objects) == 5  # Order, Customer, Address, LineItem, Meta
    for obj in all_objects:
        assert obj["additionalProperties"] is False
        assert obj["required"] == list(obj["properties"])
    props = schema["properties"]
    assert props["priority"] == {"type": ["integer", "null"], "enum": [1, 2, None]}
    assert "default" not in str(schema)
    email = props["customer"]["properties"]["email"]
    assert email == {"type": ["string", "null"]}
    # Strict: every key must be sent, even one the type lets you leave out.
    assert not _valid(schema, to_json_value(_order()))


def _order() -> Order:
    return Order(
        customer={"name": "Ada", "address": Address("Paris", "75001")},
        items=[LineItem("sku-1", 2, 9.5), LineItem("sku-2")],
        color=Color.BLUE,
        priority=Priority.HIGH,
        tags={"gift"},
        meta={"channel": "web"},
        notes=["ring twice"],
    )


def test_instance_json_validates_and_converts_back_equal() -> None:
    order = _order()
    data = to_json_value(order)
    assert data["customer"]["address"] == {"city": "Paris", "zip_code": "75001"}
    assert data["color"] == "blue"
    assert _valid(json_schema(Order), data)
    back = coerce(data, Order)
    assert back == Order(**{**attrs.asdict(order, recurse=False), "notes": ["ring twice"]})
    assert isinstance(back.customer["address"], Address)
    assert back.priority is Priority.HIGH
    assert back.tags == {"gift"}


def test_strict_null_means_default_and_missing_notrequired_stays_missing() -> None:
    data = {
        "customer": {"name": "Ada", "email": None, "address": {"city": "Oslo", "zip_code": None}},
        "items": [{"product": "p", "quantity": None, "price": None}],
        "color": "red",
        "priority": None,
        "tags": None,
        "meta": None,
        "notes": None,
    }
    assert _valid(json_schema(Order, strict=True), data)
    order = coerce(data, Order)
    assert order.items == [LineItem("p", 1, 0.0)]
    assert order.priority is Priority.LOW
    assert order.tags == set()
    assert order.meta is None  # Optional: null is a real value here
    assert order.notes == ()
    assert order.customer == {"name": "Ada", "address": Address("Oslo", None)}


def test_recursive_classes_use_refs() -> None:
    schema = json_schema(Tree)
    _check(schema)
    assert schema["properties"]["root"] == {"$ref": "#/$defs/Node"}
    assert schema["$defs"]["Node"]["properties"]["children"]["items"] == {"$ref": "#/$defs/Node"}
    tree = {"name": "t", "root": {"value": 1, "children": [{"value": 2, "children": []}]}}
    assert _valid(schema, tree)
    assert not _valid(schema, {"name": "t", "root": {"value": 1, "children": [{"value": "x"}]}})
    assert coerce(tree, Tree) == Tree("t", Node(1, [Node(2)]))
    assert json_schema(Node)["properties"]["children"]["items"] == {"$ref": "#"}


def test_formats_newtype_and_tuples_convert() -> None:
    schema = json_schema(Event)
    _check(schema)
    assert schema["properties"]["pair"] == {
        "type": "array",
        "prefixItems": [{"type": "integer"}, {"type": "string"}],
        "minItems": 2,
        "maxItems": 2,
    }
    value = {
        "at": "2024-05-01T12:30:00Z",
        "day": "2024-05-01",
        "id": "12345678-1234-5678-1234-567812345678",
        "user": 7,
        "pair": [1, "a"],
    }
    event = coerce(value, Event)
    assert event.at == datetime.datetime(2024, 5, 1, 12, 30, tzinfo=datetime.UTC)
    assert event.day == datetime.date(2024, 5, 1)
    assert event.id == uuid.UUID("12345678-1234-5678-1234-567812345678")
    assert event.pair == (1, "a")
    assert to_json_value(event)["at"] == "2024-05-01T12:30:00+00:00"


@pytest.mark.parametrize(
    ("hint", "strict", "path", "words"),
    [
        (Wrapper, True, "Wrapper.loose.data", "dict[str, int] cannot be used with strict=True"),
        (Event, True, "Event.pair", "fixed-length tuple"),
        (Free, True, "Free.anything", "Any cannot be used with strict=True"),
        (dict[int, str], False, "value", "non-string keys"),
        (complex, False, "value", "complex cannot be described"),
        (list[bytes], False, "value[]", "bytes cannot be described"),
    ],
)
def test_unsupported_types_name_type_and_path(
    hint: Any, strict: bool, path: str, words: str
) -> None:
    with pytest.raises(TypeError) as caught:
        json_schema(hint, strict=strict)
    assert str(caught.value).startswith(f"{path}: ")
    assert words in str(caught.value)


def test_unsupported_field_type_named_with_class_path() -> None:
    @dataclasses.dataclass
    class Holder:
        blob: bytes

    with pytest.raises(TypeError, match=r"^Holder\.blob: bytes cannot be described"):
        json_schema(Holder)


def test_mismatches_are_all_listed_with_paths() -> None:
    bad = {
        "customer": {"name": 3, "address": {"city": "x"}, "phone": "1"},
        "items": [{"product": "p", "quantity": 1.5}],
        "color": "green",
        "tags": "gift",
    }
    with pytest.raises(CoercionError) as caught:
        coerce(bad, Order)
    assert sorted(path for path, _ in caught.value.errors) == [
        "color",
        "customer.name",
        "customer.phone",
        "items[0].quantity",
        "tags",
    ]
    message = str(caught.value)
    assert 'color: expected one of "red", "blue"; got "green"' in message
    assert "items[0].quantity: expected an integer, got 1.5" in message
    assert "customer.phone: unexpected field" in message


def test_missing_required_and_constructor_errors() -> None:
    with pytest.raises(CoercionError, match="items: missing required field"):
        coerce({"customer": {"name": "a", "address": {"city": "c"}}, "color": "red"}, Order)
    with pytest.raises(CoercionError, match="Positive: ValueError: n must be positive"):
        coerce({"n": 0}, Positive)


@pytest.mark.parametrize(
    ("value", "hint", "expected"),
    [
        (3, float, 3.0),
        (3.0, int, 3),
        (3, int | float, 3),
        (2.5, int | float, 2.5),
        ("3", int | str, "3"),
        (None, Optional[int], None),  # noqa: UP045
        (2, Priority, Priority.HIGH),
        ("a", Literal["a", "b"], "a"),
        ([1, 2], tuple[int, ...], (1, 2)),
        ({"a": 1}, dict[str, int], {"a": 1}),
    ],
)
def test_coercion_accepts(value: Any, hint: Any, expected: Any) -> None:
    result = coerce(value, hint)
    assert result == expected
    assert type(result) is type(expected)


@pytest.mark.parametrize(
    ("value", "hint"),
    [
        (True, int),
        (1, bool),
        ("1", int),
        (1, Literal[True]),
        ("x", int | None),
        ([1, "a"], list[int]),
        ({"a": "b"}, dict[str, int]),
        ("2024-13-01", datetime.date),
        ([1], tuple[int, str]),
    ],
)
def test_coercion_refuses(value: Any, hint: Any) -> None:
    with pytest.raises(CoercionError):
        coerce(value, hint)
