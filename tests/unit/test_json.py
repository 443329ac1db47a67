"""The JSON decoders: the same value with orjson or the standard library, for whatever arrives.

orjson refuses things the standard library reads (NaN, integers past 64 bits, lone surrogate
escapes); those must still decode, to the same value, so installing the ``speed`` extra changes
nothing but the speed.
"""

from __future__ import annotations

import json
import math
import os
import subprocess
import sys
from typing import Any

import pytest
from hypothesis import given, strategies as st

from openrouter_client import _json

pytestmark = pytest.mark.usefixtures("json_backend")

SAME_AS_JSON = [
    b'{"content":"caf\xc3\xa9 \xf0\x9f\x98\x80","n":1}',
    b'{"big":123456789012345678901234567890,"neg":-98765432109876543210}',
    b'{"u64":18446744073709551616,"i64":-9223372036854775809,"max":18446744073709551615}',
    b'{"id":"1234567890123456789012345","n":[12345678901234567,-1]}',  # digits in a string
    b'{"lone":"\\ud800","pair":"\\ud83d\\ude00","nul":"\\u0000"}',
    b'{"dup":1,"dup":2}',
    b'{"f":[0.1,1e-7,-0.0,1.7976931348623157e308,5e-324]}',
    b'  [1, 2, {"a": null, "b": true, "c": false}]  ',
    b'\n{"a": {}}\r\n',
    b"0",
    b'"just a string"',
    b"[" * 200 + b"]" * 200,
    b'{"raw":"a\xe2\x80\xa8b"}',  # U+2028, raw inside a string
]


@pytest.mark.parametrize("text", SAME_AS_JSON)
def test_same_value_as_the_standard_library(text: bytes) -> None:
    expected = json.loads(text)
    assert _json.loads_event(text) == expected
    assert _json.loads_body(text) == expected
    assert type(_json.loads_event(text)) is type(expected)


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(), inner, max_size=3),
    max_leaves=10,
)


@given(value=JSON_VALUES, before=st.sampled_from(["", " ", "\n"]), after=st.sampled_from(["", " "]))
def test_any_json_text_decodes_as_json_loads_decodes_it(
    value: Any, before: str, after: str
) -> None:
    text = (before + json.dumps(value, ensure_ascii=False) + after).encode()
    assert _json.loads_event(text) == json.loads(text)
    assert _json.loads_body(text) == json.loads(text)


def test_nan_and_infinity_are_read_as_json_reads_them() -> None:
    value = _json.loads_event(b'{"a":NaN,"b":Infinity,"c":-Infinity}')
    assert math.isnan(value["a"]) and value["b"] == math.inf and value["c"] == -math.inf


def test_event_bytes_that_are_not_utf8_read_as_replacement_characters() -> None:
    assert _json.loads_event(b'{"content":"a\xffb"}') == {"content": "a\ufffdb"}


@pytest.mark.parametrize(
    "body",
    [
        b'\xef\xbb\xbf{"a": 1}',  # UTF-8 with a BOM
        '{"a": 1}'.encode("utf-16"),
        '{"a": 1}'.encode("utf-32-le"),
    ],
    ids=["utf8-bom", "utf16", "utf32"],
)
def test_bodies_follow_json_loads_rules_for_bytes(body: bytes) -> None:
    assert _json.loads_body(body) == json.loads(body) == {"a": 1}


@pytest.mark.parametrize(
    "text", [b"", b" ", b"{", b'{"a":1} x', b"[1] [2]", b"[DONE]", b"\xff\xfe", b"01"]
)
def test_not_json_raises_value_error(text: bytes) -> None:
    with pytest.raises(ValueError):
        _json.loads_event(text)
    with pytest.raises(ValueError):
        _json.loads_body(text)


def test_switching_the_fast_path(json_backend: str) -> None:
    assert _json.fast() is (json_backend == "orjson")
    assert _json.use_orjson(False) is False
    assert not _json.fast()


def _in_fresh_interpreter(code: str, **env: str) -> Any:
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, **env},
    )
    return json.loads(result.stdout)


def test_without_orjson_installed_the_standard_library_decodes() -> None:
    code = (
        "import sys, json; sys.modules['orjson'] = None\n"  # as if not installed
        "from openrouter_client import _json\n"
        "print(json.dumps([_json.fast(), _json.use_orjson(True), _json.loads_event(b'[1]')]))"
    )
    assert _in_fresh_interpreter(code) == [False, False, [1]]


def test_environment_variable_turns_the_fast_path_off() -> None:
    pytest.importorskip("orjson")
    code = "import json; from openrouter_client import _json; print(json.dumps(_json.fast()))"
    assert _in_fresh_interpreter(code) is True
    assert _in_fresh_interpreter(code, OPENROUTER_CLIENT_NO_ORJSON="1") is False
