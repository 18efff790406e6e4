"""How often the wizard would call an unproven key safe: answers drawn at random from
every kind an exchange could give (fields present, left out, of the wrong kind, never
seen; the account's own answers; the person's ticks), judged by the real adapters and
policy, and checked against an oracle written from each exchange's documentation.

Prints, per exchange, how many answers gave each verdict and how many "pass" verdicts
the oracle does not back (false accepts; the figure must be 0).
Usage: python benchmarks/false_accepts.py [ANSWERS_PER_EXCHANGE, default 10000]
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from hypothesis import HealthCheck, given, settings

from tests.helpers.answers import ANSWERS, Answer, verdict_of


def count(exchange: str, examples: int) -> Counter[str]:
    answers, proven_safe = ANSWERS[exchange]
    tally: Counter[str] = Counter()

    @settings(
        max_examples=examples,
        database=None,
        deadline=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(answers)
    def judge_one(answer: Answer) -> None:
        verdict = verdict_of(exchange, answer)
        tally[verdict.value if verdict is not None else "not verified"] += 1
        if verdict is not None and verdict.value == "pass" and not proven_safe(answer):
            tally["FALSE ACCEPT"] += 1

    judge_one()
    return tally


def main() -> int:
    examples = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    print(
        f"{'exchange':<10}{'answers':>9}{'pass':>7}{'warn':>7}{'fail':>7}"
        f"{'not verified':>14}{'false accepts':>15}"
    )
    total_false = 0
    for exchange in ANSWERS:
        tally = count(exchange, examples)
        judged = sum(tally[k] for k in ("pass", "warn", "fail", "not verified"))
        total_false += tally["FALSE ACCEPT"]
        print(
            f"{exchange:<10}{judged:>9}{tally['pass']:>7}{tally['warn']:>7}{tally['fail']:>7}"
            f"{tally['not verified']:>14}{tally['FALSE ACCEPT']:>15}"
        )
    print(f"false accepts in all: {total_false}")
    return 1 if total_false else 0


if __name__ == "__main__":
    raise SystemExit(main())
