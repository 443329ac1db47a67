"""The command itself: installed script and ``python -m``, version, help, cheap start."""

from __future__ import annotations

from importlib.metadata import version

from .conftest import CLI, SCRIPT, Cli

COMMANDS = ("chat", "demo", "models", "generation", "credits", "key")


def test_version_from_the_installed_script_and_module(cli: Cli) -> None:
    expected = f"openrouter-client {version('openrouter-pyclient')}\n"  # the distribution
    for command in ([str(SCRIPT)], CLI):
        done = cli("--version", command=command)
        assert done.returncode == 0, done.stderr
        assert done.stdout == expected


def test_help_lists_commands_examples_and_exit_codes(cli: Cli) -> None:
    done = cli("--help")
    assert done.returncode == 0
    for command in COMMANDS:
        assert f"\n    {command} " in done.stdout
        assert f"openrouter-client {command}" in done.stdout  # an example of each
    exit_codes = done.stdout.split("exit codes:")[1]
    for code in ("0", "1", "2", "3", "130"):
        assert f"\n  {code} " in exit_codes
    assert "OPENROUTER_API_KEY" in done.stdout
    for command in COMMANDS:
        sub = cli(command, "--help")
        assert sub.returncode == 0
        assert f"usage: openrouter-client {command}" in sub.stdout


def test_help_and_version_do_not_import_httpx(cli: Cli) -> None:
    for option in ("--help", "--version"):
        done = cli(option, command=[CLI[0], "-X", "importtime", *CLI[1:]])
        assert done.returncode == 0
        imported = {line.rsplit("|", 1)[-1].strip() for line in done.stderr.splitlines()}
        assert "openrouter_client.cli" in imported
        assert "httpx" not in imported
        assert "openrouter_api" not in imported
