"""Asking an exchange for its records page after page, counting the requests, each
sent when the exchange's rate limits allow (``wizard.audit.pacing``)."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from wizard.audit.pacing import Pacer

Call = Callable[[dict[str, Any]], Awaitable[Any]]
# The next page's parameters from the answer, its rows and how many rows came so
# far; None: that was the last page.
Following = Callable[[Any, list[Any], int], dict[str, Any] | None]


class Asker:
    """Sends one audit's read requests, each when ``pacer`` gives it its turn, and
    counts them; ``answered`` hears how many answers have come so far, after each
    one (progress for a window)."""

    def __init__(
        self, answered: Callable[[int], None] | None = None, pacer: Pacer | None = None
    ) -> None:
        self.count = 0
        self.answers = 0
        self.answered = answered
        self.pacer = pacer

    async def ask(self, call: Call, params: dict[str, Any]) -> Any:
        self.count += 1
        if self.pacer is not None:
            delay = self.pacer.wait(call)
            if delay > 0:
                await asyncio.sleep(delay)
        answer = await call(params)
        self.answers += 1
        if self.answered is not None:
            self.answered(self.answers)
        return answer

    async def pages(
        self,
        call: Call,
        params: dict[str, Any],
        rows_of: Callable[[Any], list[Any]],
        following: Following,
    ) -> list[Any]:
        rows: list[Any] = []
        extra: dict[str, Any] | None = {}
        while extra is not None:
            answer = await self.ask(call, {**params, **extra})
            page = rows_of(answer)
            rows += page
            extra = following(answer, page, len(rows))
        return rows


def field(answer: Any, *path: str) -> Any:
    """``answer[path[0]][path[1]]…``, or None where a step is missing."""
    for name in path:
        if not isinstance(answer, dict):
            return None
        answer = answer.get(name)
    return answer


def windows(since: datetime, until: datetime, width: timedelta) -> list[tuple[int, int]]:
    """The period cut into windows of at most ``width`` (an exchange's widest for one
    request), as (start, end) in milliseconds."""
    cuts = []
    start = since
    while start < until:
        end = min(start + width, until)
        cuts.append((int(start.timestamp() * 1000), int(end.timestamp() * 1000)))
        start = end
    return cuts
