"""Every operation, called through ``client.api``, against Prism's mock of the spec.

Prism validates each request against the spec (a violation is a 400 or 422, which fails the test with
Prism's answer and our own reading of what is wrong) and answers with a body generated from the
response schema, which must decode: every field of the result is read and re-encoded. Operations
Prism cannot mock are listed, with why, in ``unmockable.yaml``; that list is exact.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from openrouter_api.types import LazyModel

from openrouter_client import APIError
from tests.contract.operations import Op, arguments, operations
from tests.contract.test_responses_decode import walk
from tests.resources.conftest import Run
from tests.spec_contract import request_errors

pytestmark = pytest.mark.anyio

# Prism answers a request that violates the spec with the operation's declared 400 response,
# or 422 when it declares none.
REJECTED = (400, 422)

UNMOCKABLE: dict[str, str] = yaml.safe_load(
    (Path(__file__).parent / "unmockable.yaml").read_text(encoding="utf-8")
)


def cases() -> list[Any]:
    return [
        pytest.param(
            op,
            id=op.id,
            marks=[pytest.mark.xfail(strict=True, raises=APIError, reason=UNMOCKABLE[op.id])]
            if op.id in UNMOCKABLE
            else [],
        )
        for op in operations()
    ]


def test_the_unmockable_list_names_operations_of_the_spec() -> None:
    assert set(UNMOCKABLE) <= {op.id for op in operations()}
    assert all(isinstance(reason, str) and reason.strip() for reason in UNMOCKABLE.values())


async def test_prism_rejects_a_request_the_spec_forbids(client: Run) -> None:
    """What the suite relies on: a body the spec forbids is a 422 from Prism, not a pass."""
    bad = {"name": 123, "limit": "lots"}
    assert request_errors("POST", "/keys", bad)
    from openrouter_api.models import CreateKeysRequest

    model = CreateKeysRequest.from_dict(bad)  # a model is sent as it is: our checks see dicts
    with pytest.raises(APIError) as caught:
        await client(lambda c: c.api.api_keys.create_keys(body=model))
    assert caught.value.status_code in REJECTED
    assert "sl-violations" in caught.value.headers, "Prism names the violations in a header"


@pytest.mark.parametrize("op", cases())
async def test_operation_against_prism(client: Run, op: Op) -> None:
    args, kwargs = arguments(op)
    call = getattr(getattr(client.client.api, op.attribute), op.name)
    try:
        result = await client(lambda c: call(*args, **kwargs))
    except APIError as error:
        if error.status_code in REJECTED:
            ours = request_errors(op.method, op.path, kwargs.get("body"))
            pytest.fail(
                f"Prism rejected {op.id} as violating the spec: {error.body!r}\n"
                f"violations: {(error.headers or {}).get('sl-violations')}\n"
                f"arguments: {args!r} {kwargs!r}\nour validator: {ours or 'no body errors'}"
            )
        raise
    _, types = op.success()
    if "application/json" in types:
        assert isinstance(result, LazyModel), f"{op.id} decoded to {type(result).__name__}"
        received = result.to_dict()  # before any field is read: the JSON as received
        walk(result, received, op.id)
        assert result.to_dict() == received
    elif types:
        assert result is not None, f"{op.id}: no {types[0]} body"
    else:
        assert result is None
