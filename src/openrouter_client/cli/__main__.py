"""``python -m openrouter_client.cli``: the same command as ``openrouter-client``."""

from openrouter_client.cli import main

raise SystemExit(main())
