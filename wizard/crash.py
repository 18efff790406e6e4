"""Nothing secret in crash output or logs: one redaction for both.

Every log record, from any library, is redacted when it is created (a log record
factory); an unexpected exception is reported with its type, message and where it
happened, redacted, and never with local variables."""

from __future__ import annotations

import contextlib
import logging
import re
import sys
import traceback
from collections.abc import Callable
from types import TracebackType

REDACTED = "[redacted]"
_PATTERNS = (
    # PEM blocks (private keys above all), whole.
    re.compile(r"-----BEGIN [A-Z ]+-----.*?-----END [A-Z ]+-----", re.S),
    # key=value pairs whose name says secret, signature, password or key.
    re.compile(
        r"(?i)((?:secret|signature|passphrase|password|api[-_]?key|apikey)"
        r"[\"']?\s*[:=]\s*[\"']?)[^\s&\"',}]+"
    ),
    # Long runs of hex or base64 (API keys, secrets, signatures), 24 characters or more.
    # (A run starting with "/" is a file path, kept so crash reports say where.)
    re.compile(r"(?<![A-Za-z0-9+/=_-])(?!/)[A-Za-z0-9+/_-]{24,}={0,2}(?![A-Za-z0-9+/=_-])"),
)


def redact(text: str) -> str:
    for number, pattern in enumerate(_PATTERNS):
        if number == 1:
            text = pattern.sub(lambda m: m.group(1) + REDACTED, text)
        else:
            text = pattern.sub(REDACTED, text)
    return text


_installed = False


def install_log_redaction() -> None:
    """Redact every log record's message, whichever logger or handler sees it."""
    global _installed
    if _installed:
        return
    _installed = True
    previous = logging.getLogRecordFactory()

    def factory(*args: object, **kwargs: object) -> logging.LogRecord:
        record = previous(*args, **kwargs)
        try:
            message = record.getMessage()
        except Exception:
            return record
        record.msg, record.args = redact(message), None
        return record

    logging.setLogRecordFactory(factory)


def crash_report(
    kind: type[BaseException], error: BaseException, trace: TracebackType | None
) -> str:
    """What went wrong and where, redacted; no local variables."""
    frames = traceback.extract_tb(trace)
    where = "".join(traceback.format_list(frames[-8:]))
    what = "".join(traceback.format_exception_only(kind, error))
    return redact(f"{what}{where}")


def install_crash_handler(show: Callable[[str], None] | None = None) -> None:
    """Report unexpected exceptions redacted, to stderr and to ``show`` (a dialog)."""

    def hook(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        report = crash_report(kind, error, trace)
        print(report, file=sys.stderr)
        if show is not None:
            with contextlib.suppress(Exception):
                show(report)

    sys.excepthook = hook


def forbid_core_dumps() -> None:
    """This process holds secrets: a crash must not write its memory to a core file,
    and (on Linux) no other process of the same user may read it. Programs started
    from here keep the core-file limit of zero."""
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (ImportError, ValueError, OSError):  # Windows has no core files to forbid
        pass
    if sys.platform.startswith("linux"):
        with contextlib.suppress(Exception):
            import ctypes

            pr_set_dumpable = 4
            ctypes.CDLL(None, use_errno=True).prctl(pr_set_dumpable, 0, 0, 0, 0)
