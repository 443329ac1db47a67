"""The drift report (``make spec-diff SPEC=new.yaml``): a new spec's consequences, before regenerating.

:mod:`.spec_changes` compares the two specs, :mod:`.names` finds the generated names a new spec
removes and our lines that use them, :mod:`.typecheck` runs mypy against the new client, and
:mod:`.report` puts it together.

No maintained OpenAPI diff tool fits (checked on the registries ``make install`` reaches):
``@pb33f/openapi-changes`` downloads its binary from GitHub when installed, ``openapi-diff``
(npm) rejects OpenAPI 3.1, ``api-smart-diff`` (npm) is 3.0-only and, on OpenRouter's specs, calls
every ``nullable`` -> type-list rewrite breaking (3,900 "breaking" changes between two versions);
oasdiff is not on PyPI or npm. None knows our overlays or generated names either.
"""
