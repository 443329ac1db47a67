"""Every response and request model of the API, by the spec's names (``ChatResult``, ``Model``...).

The generated package ``openrouter_api.models`` under the facade's name; each model is imported
the first time it is named here, so this module costs nothing to import.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from openrouter_api.models import *  # noqa: F403
else:

    def __getattr__(name: str) -> Any:
        from openrouter_api import models

        value = getattr(models, name)
        globals()[name] = value
        return value

    def __dir__() -> list[str]:
        from openrouter_api import models

        return dir(models)
