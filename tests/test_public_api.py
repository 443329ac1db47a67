"""The public API: exactly these names, each importable, the same for type checkers and at run
time. Adding or removing a name is a decision: update PUBLIC here and say it in CHANGELOG.md."""

from __future__ import annotations

import ast
import inspect
import subprocess
import sys

import openrouter_client
from openrouter_client import _errors
from tests.conftest import ROOT

PUBLIC = sorted(
    [
        "__version__",
        # clients and configuration
        "OpenRouter",
        "AsyncOpenRouter",
        "DEFAULT_MAX_RETRIES",
        "DEFAULT_TIMEOUT",
        "ClientOptions",
        "APIResponse",
        # streams, pages, binary bodies
        "ChatCompletionStream",
        "AsyncChatCompletionStream",
        "ResponseStream",
        "AsyncResponseStream",
        "ResponseEvent",
        "output_text",
        "Pager",
        "AsyncPager",
        "Page",
        "paginate",
        "BinaryResponse",
        "AsyncBinaryResponse",
        # builders, tools and structured output
        "system",
        "developer",
        "user",
        "assistant",
        "tool_result",
        "text",
        "image",
        "file",
        "audio",
        "video",
        "cache_control",
        "web_search",
        "file_parser",
        "moderation",
        "response_healing",
        "auto_router",
        "provider",
        "reasoning",
        "tool",
        "Tool",
        "ToolArgumentsError",
        "ToolRun",
        "ToolLoopLimitError",
        "response_format",
        "parse_output",
        "json_schema",
        "ParsedChatResult",
        "StructuredOutputError",
        # errors
        "OpenRouterError",
        "APIError",
        "APIConnectionError",
        "APITimeoutError",
        "StreamError",
        "StreamTimeoutError",
        "BadRequestError",
        "AuthenticationError",
        "PaymentRequiredError",
        "PermissionDeniedError",
        "NotFoundError",
        "RequestTimeoutError",
        "ConflictError",
        "PayloadTooLargeError",
        "UnprocessableEntityError",
        "RateLimitError",
        "InternalServerError",
        "BadGatewayError",
        "ServiceUnavailableError",
        "ProviderTimeoutError",
        "ProviderOverloadedError",
        "GenerationNotFoundError",
    ]
)


def test_exported_members() -> None:
    assert sorted(openrouter_client.__all__) == PUBLIC
    assert len(set(openrouter_client.__all__)) == len(openrouter_client.__all__)
    assert sorted(dir(openrouter_client)) == PUBLIC
    for name in PUBLIC:
        value = getattr(openrouter_client, name)
        module = getattr(value, "__module__", "openrouter_client")
        if inspect.isclass(value) or inspect.isfunction(value):
            assert module.startswith("openrouter_client"), f"{name} comes from {module}"


def _type_checking_imports() -> dict[str, str]:
    """name -> module of the ``if TYPE_CHECKING:`` imports of the package's ``__init__``."""
    tree = ast.parse((ROOT / "src" / "openrouter_client" / "__init__.py").read_text())
    found: dict[str, str] = {}
    for node in tree.body:
        if isinstance(node, ast.If) and getattr(node.test, "id", None) == "TYPE_CHECKING":
            for statement in node.body:
                assert isinstance(statement, ast.ImportFrom)
                for alias in statement.names:
                    assert alias.asname == alias.name, f"{alias.name} is not re-exported as is"
                    found[alias.name] = "." * statement.level + (statement.module or "")
    return found


def test_type_checkers_see_the_same_names_from_the_same_modules() -> None:
    runtime = openrouter_client._MODULE_OF
    assert _type_checking_imports() == runtime


def test_a_name_that_is_not_exported_says_so() -> None:
    try:
        openrouter_client.NoSuchThing  # type: ignore[attr-defined]  # noqa: B018
    except AttributeError as error:
        assert "has no attribute 'NoSuchThing'" in str(error)
    else:
        raise AssertionError("expected AttributeError")


def test_every_error_class_is_public() -> None:
    defined = {
        name
        for name, value in vars(_errors).items()
        if inspect.isclass(value)
        and issubclass(value, BaseException)
        and not name.startswith("_")
        and value.__module__ == _errors.__name__
    }
    assert defined <= set(_errors.__all__)
    assert defined <= set(PUBLIC)


def test_importing_the_package_loads_nothing_heavy() -> None:
    code = (
        "import sys, openrouter_client\n"
        "heavy = [m for m in ('httpx', 'attrs', 'openrouter_api', 'openrouter_client._client')"
        " if m in sys.modules]\n"
        "print(','.join(heavy))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == ""


def test_one_version_source() -> None:
    from importlib.metadata import version

    from openrouter_client._version import __version__

    assert openrouter_client.__version__ == __version__
    assert version(_distribution()) == __version__
    pyproject = (ROOT / "pyproject.toml").read_text()
    assert 'dynamic = ["version"]' in pyproject and "\nversion =" not in pyproject


def _distribution() -> str:
    import tomllib

    return str(tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["name"])
