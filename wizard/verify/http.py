"""The HTTP session a verification's requests go through (handed to ccxt).

Two rules an exchange's answer cannot bend:
- A redirect is never followed: the request carries the key (for OKX the
  passphrase too) in its headers, and a redirect would carry them to whatever host
  it names. An exchange's private API does not redirect; an answer that does is
  refused by name.
- An answer is read up to ``MAX_ANSWER_BYTES`` once decompressed (a verification's
  largest answers are a few kilobytes); a larger or endless one is refused by name
  instead of filling the memory.
"""

from __future__ import annotations

import functools
from typing import Any

from wizard.errors import ErrorCode, WizardError

MAX_ANSWER_BYTES = 4 * 1024 * 1024


class RefusedAnswer(Exception):
    """An answer the wizard will not take; ``field`` names which rule it broke."""

    field = ""

    def as_error(self, exchange: str) -> WizardError:
        return WizardError(
            ErrorCode.UNEXPECTED_RESPONSE,
            exchange=exchange,
            detail=self.field,
            params={"field": self.field},
        )


class RedirectRefused(RefusedAnswer):
    field = "redirect"


class AnswerTooLarge(RefusedAnswer):
    field = "too_large"


@functools.cache
def _tls(cafile: str) -> Any:
    """The certificates to trust, loaded once (40 ms each time otherwise)."""
    import ssl

    return ssl.create_default_context(cafile=cafile)


def make_session(cafile: str) -> Any:
    """A session for one verification's requests; create it inside the running
    event loop, close it when the verification ends."""
    import aiohttp

    class CappedResponse(aiohttp.ClientResponse):
        async def read(self) -> bytes:
            if self._body is None:
                collected = bytearray()
                try:
                    async for chunk in self.content.iter_any():
                        collected += chunk
                        if len(collected) > MAX_ANSWER_BYTES:
                            raise AnswerTooLarge(str(self.url.host))
                except BaseException:
                    self.close()
                    raise
                self._body = bytes(collected)
            return await super().read()

    async def refuse_redirect(*_: object) -> None:
        raise RedirectRefused

    tracing = aiohttp.TraceConfig()
    tracing.on_request_redirect.append(refuse_redirect)
    connector = aiohttp.TCPConnector(ssl=_tls(cafile), enable_cleanup_closed=True)
    return aiohttp.ClientSession(
        connector=connector,
        response_class=CappedResponse,
        trace_configs=[tracing],
        trust_env=False,
    )
