"""The scheduled check's files, one per platform, validated by what reads them:
systemd's own ``systemd-analyze verify`` for the Linux units, ``plistlib`` for the
launchd agent, and the Task Scheduler schema's structure for the Windows task, then
Microsoft's Task Scheduler schema itself (tests/data/task-scheduler-1.2.xsd, the parts
our task uses) through ``xmlschema``."""

from __future__ import annotations

import os
import plistlib
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from functools import cache
from pathlib import Path

import pytest
import xmlschema

from wizard.schedule import (
    JOB,
    LAUNCHD_LABEL,
    TASK_NAMESPACE,
    check_command,
    launchd_plist,
    systemd_units,
    task_xml,
)

# A path with what a quoting mistake would break: a space, a quote, a percent sign.
AWKWARD = [sys.executable, "-m", "wizard", "check", "--all", 'a "b" 50% c\\d']

# Microsoft's Task Scheduler schema, the types our task uses (sources in its header).
TASK_SCHEMA = Path(__file__).parent / "data" / "task-scheduler-1.2.xsd"


@pytest.mark.parametrize("frequency", ["daily", "weekly"])
def test_the_systemd_units_pass_systemd_analyze_verify(tmp_path: Path, frequency: str) -> None:
    analyze = shutil.which("systemd-analyze")
    if analyze is None:
        pytest.skip("systemd-analyze is not installed")
    for name, text in systemd_units(check_command(), frequency).items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    runtime = tmp_path / "run"
    runtime.mkdir(mode=0o700)
    result = subprocess.run(
        [analyze, "verify", "--user", str(tmp_path / f"{JOB}.timer")],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "XDG_RUNTIME_DIR": str(runtime)},
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr.strip() == "", result.stderr


@pytest.mark.parametrize("frequency", ["daily", "weekly"])
def test_the_timer_fires_when_asked(frequency: str) -> None:
    analyze = shutil.which("systemd-analyze")
    if analyze is None:
        pytest.skip("systemd-analyze is not installed")
    timer = systemd_units(check_command(), frequency)[f"{JOB}.timer"]
    calendar = next(line for line in timer.splitlines() if line.startswith("OnCalendar="))
    result = subprocess.run(
        [analyze, "calendar", calendar.removeprefix("OnCalendar=")],
        capture_output=True,
        text=True,
        check=True,
    )
    assert "Next elapse:" in result.stdout
    assert ("Mon " in result.stdout) == (frequency == "weekly")


def test_each_argument_reaches_the_program_as_it_was() -> None:
    """systemd-analyze reads ExecStart back: the awkward argument whole."""
    analyze = shutil.which("systemd-analyze")
    service = systemd_units(AWKWARD, "daily")[f"{JOB}.service"]
    line = next(line for line in service.splitlines() if line.startswith("ExecStart="))
    assert line.count('"') == 2 * len(AWKWARD) + 2  # each quoted, the inner quotes escaped
    assert "50%% c" in line  # a percent sign is not a specifier
    if analyze is not None:
        assert "SuccessExitStatus=1 2 3" in service


@pytest.mark.parametrize("frequency", ["daily", "weekly"])
def test_the_launchd_agent_reads_back(frequency: str) -> None:
    agent = plistlib.loads(launchd_plist(AWKWARD, frequency))
    assert agent["Label"] == LAUNCHD_LABEL
    assert agent["ProgramArguments"] == AWKWARD
    assert agent["StartCalendarInterval"]["Hour"] == 9
    assert ("Weekday" in agent["StartCalendarInterval"]) == (frequency == "weekly")
    assert agent["RunAtLoad"] is False


@pytest.mark.parametrize("frequency", ["daily", "weekly"])
def test_the_windows_task_has_the_schemas_parts_in_order(frequency: str) -> None:
    text = task_xml(AWKWARD, frequency)
    task = ET.fromstring(text.encode("utf-16"))
    ns = {"t": TASK_NAMESPACE}
    assert task.tag == f"{{{TASK_NAMESPACE}}}Task"
    assert task.get("version") == "1.2"
    # Each part once (the schema takes them in any order: taskType is an xs:all).
    order = [child.tag.split("}")[1] for child in task]
    assert order == ["RegistrationInfo", "Triggers", "Principals", "Settings", "Actions"]
    trigger = task.find("t:Triggers/t:CalendarTrigger", ns)
    assert trigger is not None
    by = "ScheduleByDay" if frequency == "daily" else "ScheduleByWeek"
    assert trigger.find(f"t:{by}", ns) is not None
    exec_ = task.find("t:Actions/t:Exec", ns)
    assert exec_ is not None
    assert exec_.findtext("t:Command", namespaces=ns) == AWKWARD[0]
    arguments = exec_.findtext("t:Arguments", namespaces=ns)
    assert arguments == subprocess.list2cmdline(AWKWARD[1:])
    assert task.findtext("t:Principals/t:Principal/t:RunLevel", namespaces=ns) == ("LeastPrivilege")


@cache
def _task_schema() -> xmlschema.XMLSchema10:
    return xmlschema.XMLSchema10(TASK_SCHEMA)


def _schema_errors(text: str) -> list[xmlschema.XMLSchemaValidationError]:
    """What the schema finds wrong in a task. The text declares encoding="UTF-16", so
    it is parsed from its UTF-16 bytes, as schtasks reads the file."""
    return list(_task_schema().iter_errors(ET.fromstring(text.encode("utf-16"))))


def _refused(errors: list[xmlschema.XMLSchemaValidationError], name: str) -> list[str]:
    """The errors reported on the element ``name`` (in the task namespace)."""
    tag = f"{{{TASK_NAMESPACE}}}{name}"
    return [error.reason or "" for error in errors if getattr(error.elem, "tag", None) == tag]


@pytest.mark.parametrize("frequency", ["daily", "weekly"])
def test_the_windows_task_is_valid_against_the_task_scheduler_schema(frequency: str) -> None:
    """Microsoft's Task Scheduler schema accepts the task as written, the awkward
    argument included."""
    errors = _schema_errors(task_xml(AWKWARD, frequency))
    assert not errors, "\n".join(f"{error.path}: {error.reason}" for error in errors)


@pytest.mark.parametrize(
    ("frequency", "right", "wrong", "element"),
    [
        pytest.param(
            "daily",
            "<DaysInterval>1</DaysInterval>",
            "<DaysInterval>0</DaysInterval>",
            "DaysInterval",
            id="days-interval-0",
        ),
        pytest.param(
            "weekly",
            "<WeeksInterval>1</WeeksInterval>",
            "<WeeksInterval>53</WeeksInterval>",
            "WeeksInterval",
            id="weeks-interval-53",
        ),
        pytest.param(
            "daily",
            "<LogonType>InteractiveToken</LogonType>",
            "<LogonType>Interactive</LogonType>",
            "LogonType",
            id="unknown-logon-type",
        ),
    ],
)
def test_the_schema_refuses_a_wrong_value(
    frequency: str, right: str, wrong: str, element: str
) -> None:
    """The validation can fail: one value made wrong in the generated task, and the
    schema refuses that element, which it accepted before."""
    text = task_xml(AWKWARD, frequency)
    assert right in text
    assert _refused(_schema_errors(text), element) == []
    assert _refused(_schema_errors(text.replace(right, wrong)), element) != []


def test_the_schema_refuses_a_task_without_actions() -> None:
    """The validation can fail: without <Actions>, the one part the schema requires,
    the task is refused."""
    text = task_xml(AWKWARD, "daily")
    start, end = text.index("  <Actions"), text.index("</Actions>\n") + len("</Actions>\n")
    without = text[:start] + text[end:]
    assert "Actions" not in without
    assert not any("Actions" in reason for reason in _refused(_schema_errors(text), "Task"))
    assert any("Actions" in reason for reason in _refused(_schema_errors(without), "Task"))
