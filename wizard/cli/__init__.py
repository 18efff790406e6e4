"""The command line (docs/command-line.md). It never imports Qt: the window is loaded
only when no command is given (``wizard.cli.window``).

- ``main``: parse and run; ``parser``: every command and which function runs it;
- ``common``: exit codes, the environment's names, usage errors, printing errors;
- ``verify``, ``keys`` (store, rotate, keygen, list, remove, exec), ``practice``,
  ``window``: one module per group of commands.
"""

from wizard.cli.common import (
    ENV_KEY,
    ENV_PASSPHRASE,
    ENV_SECRET,
    EXIT_NOT_VERIFIED,
    EXIT_OK,
    EXIT_POLICY_FAILED,
    EXIT_USAGE,
    UsageError,
)
from wizard.cli.main import main

__all__ = [
    "ENV_KEY",
    "ENV_PASSPHRASE",
    "ENV_SECRET",
    "EXIT_NOT_VERIFIED",
    "EXIT_OK",
    "EXIT_POLICY_FAILED",
    "EXIT_USAGE",
    "UsageError",
    "main",
]
