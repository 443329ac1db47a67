"""Builders for what requests are made of: messages, content parts, tools, response formats.

Each returns plain JSON-ready dicts typed with the spec's TypedDicts, so their output can be
inspected, stored, or mixed freely with hand-written dicts.
"""

from .messages import assistant, developer, system, tool_result, user

__all__ = ["assistant", "developer", "system", "tool_result", "user"]
