"""Asking an exchange for its records page after page, counting the requests."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import datetime, timedelta
from typing import Any

Call = Callable[[dict[str, Any]], Awaitable[Any]]
# The next page's parameters from the answer, its rows and how many rows came so
# far; None: that was the last page.
Following = Callable[[Any, list[Any], int], dict[str, Any] | None]


class Asker:
    """Sends one audit's read requests and counts them."""

    def __init__(self) -> None:
        self.count = 0

    async def ask(self, call: Call, params: dict[str, Any]) -> Any:
        self.count += 1
        return await call(params)

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
