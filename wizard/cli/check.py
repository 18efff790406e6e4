"""``check``: verify stored keys again, all at once, compare each with what was
recorded at its last check, keep the history, and tell the person what changed.

Works from the keychain alone, without a window (a scheduled job runs it). Exit
codes: 1 if any key fails the policy, else 2 if any could not be verified, else 3 if
anything changed since the last check, else 0.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING

from wizard.cli.common import EXIT_NOT_VERIFIED, UsageError, check_api_url, shown

if TYPE_CHECKING:
    from wizard.checkup import KeyCheck
    from wizard.store.index import StoredKey
    from wizard.store.keys import KeyStore
    from wizard.verify.model import Credentials


def command_check(args: argparse.Namespace) -> int:
    from wizard.checkup import check_document, exit_code
    from wizard.errors import WizardError
    from wizard.store.keys import KeyStore

    check_api_url(args.api_url)
    store = KeyStore()
    try:
        records = store.list()
    except WizardError as error:
        from wizard.cli.common import print_error

        print_error(error, "", args.json, sys.stdout, lead="Could not read the stored keys")
        return EXIT_NOT_VERIFIED
    if args.label is not None:
        records = [record for record in records if record.label == args.label]
        if not records:
            raise UsageError(f"no key is stored as {args.label!r} (see: list)")
    checked_at = datetime.now(UTC)
    results = asyncio.run(_check_all(store, records, args.api_url))
    _notify(results)
    if args.json:
        print(json.dumps(check_document(results, checked_at), indent=2))
    else:
        _print_results(results)
    return exit_code(results)


async def _check_all(
    store: KeyStore, records: list[StoredKey], api_url: str | None
) -> list[KeyCheck]:
    """Every key verified at once (each still one round trip to its exchange), the
    keychain read first, one key after the other."""
    from wizard.errors import WizardError

    keys: list[tuple[StoredKey, Credentials | WizardError]] = []
    for record in records:
        try:
            keys.append(store.credentials(record.label))
        except WizardError as error:
            keys.append((record, error))
    return list(
        await asyncio.gather(
            *(_check_one(store, record, credentials, api_url) for record, credentials in keys)
        )
    )


async def _check_one(
    store: KeyStore,
    record: StoredKey,
    credentials: Credentials | Exception,
    api_url: str | None,
) -> KeyCheck:
    from wizard.checkup import KeyCheck, changes, history_entry, snapshot, worth_telling
    from wizard.errors import ErrorCode, WizardError
    from wizard.store.keys import stored_confirmations
    from wizard.verify.service import verify_key

    today = date.today()
    rotation_due = date.fromisoformat(record.rotation_due) if record.rotation_due else None
    try:
        if isinstance(credentials, Exception):
            raise credentials
        report = await verify_key(
            record.exchange,
            credentials,
            api_url=api_url,
            confirmations=stored_confirmations(record),
        )
    except WizardError as error:
        refused = error.code is ErrorCode.INVALID_CREDENTIALS
        result = KeyCheck(
            record.label,
            record.exchange,
            None,
            error=error.code.value,
            news=worth_telling(None, (), refused=refused, rotation_due=rotation_due, today=today),
        )
        store.record_check(record.label, None, None, history_entry(result, datetime.now(UTC)))
        return result
    now = snapshot(report)
    found = changes(record.last_check, now)
    due = report.rotation_due or rotation_due
    result = KeyCheck(
        record.label,
        record.exchange,
        report.verdict,
        found,
        news=worth_telling(report, found, rotation_due=due, today=today),
    )
    store.record_check(record.label, report, now, history_entry(result, report.verified_at))
    return result


def _print_results(results: list[KeyCheck]) -> None:
    if not results:
        print("No key is stored yet: nothing to check.")
    for result in results:
        said = result.verdict.value if result.verdict is not None else "not verified"
        line = f"{result.label} ({result.exchange}): {said}"
        if result.error is not None:
            line += f" ({result.error})"
        elif result.changes:
            line += f", {len(result.changes)} change(s) since the last check"
        else:
            line += ", nothing changed since the last check"
        print(shown(line))
        for change in result.changes:
            print(shown(f"  {change.field}: {change.before or '-'} -> {change.after or '-'}"))


def _notify(results: list[KeyCheck]) -> None:
    """Tell the person on the desktop, in their language, of each key a check brings
    news of (see wizard.notify)."""
    if not any(result.news for result in results):
        return
    from wizard.gui.language import message_translator
    from wizard.notify import notify_checks

    notify_checks(results, message_translator())
