"""Generated from OpenRouter's OpenAPI spec by ``make generate`` (do not edit).

``api``: one module per operation (``build_request`` / ``parse_success``) and the per-tag
``Api`` / ``AsyncApi`` groups a client binds to its sender; ``models``: the response and request
models (lazy, lenient; see ``types``); ``params``: the request bodies as TypedDicts. Nothing here
sends a request: ``openrouter_client`` does.
"""
