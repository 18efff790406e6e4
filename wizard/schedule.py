"""The per-user job that runs ``check --all`` daily or weekly: a systemd user timer
on Linux, a launchd agent on macOS, a Task Scheduler task on Windows. Each
platform's file is made here from plain data (free of Qt); ``install`` and
``remove`` hand it to the platform's own scheduler.

A job that cannot be installed is said, and nothing is left half done: the files
written for it are removed again.
"""

from __future__ import annotations

import os
import plistlib
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path
from xml.sax.saxutils import escape

JOB = "halal-key-wizard-check"  # systemd unit and Task Scheduler task name
LAUNCHD_LABEL = "org.halalkeywizard.check"
FREQUENCIES = ("daily", "weekly")
HOUR = 9  # the checks run in the morning; a missed one runs at the next start


class ScheduleError(Exception):
    """The platform's scheduler refused; the message says what and how to fix it."""


def check_command() -> list[str]:
    """How this installation runs ``check --all``: the frozen program itself, or this
    Python with the wizard's module."""
    if getattr(sys, "frozen", False):
        return [sys.executable, "check", "--all"]
    return [sys.executable, "-m", "wizard", "check", "--all"]


# -- Linux: a systemd user service and its timer ----------------------------------
def _systemd_quoted(argument: str) -> str:
    """One argument of ExecStart, as systemd.service(5) reads it: double quotes, a
    backslash before a backslash or a quote, and "%" doubled (specifiers)."""
    escaped = argument.replace("\\", "\\\\").replace('"', '\\"').replace("%", "%%")
    return f'"{escaped}"'


def systemd_units(command: Sequence[str], frequency: str) -> dict[str, str]:
    """The two unit files, by name."""
    _known(frequency)
    exec_start = " ".join(_systemd_quoted(argument) for argument in command)
    service = (
        "[Unit]\n"
        "Description=Halal Key Wizard: check the stored exchange keys again\n"
        "\n"
        "[Service]\n"
        "Type=oneshot\n"
        f"ExecStart={exec_start}\n"
        # What a check found (1 fails, 2 not verified, 3 changed) is its answer, told
        # by notification; the job itself did its work.
        "SuccessExitStatus=1 2 3\n"
    )
    calendar = f"*-*-* {HOUR:02d}:00:00"
    if frequency == "weekly":
        calendar = f"Mon {calendar}"
    timer = (
        "[Unit]\n"
        f"Description=Halal Key Wizard: check the stored exchange keys {frequency}\n"
        "\n"
        "[Timer]\n"
        f"OnCalendar={calendar}\n"
        "Persistent=true\n"
        "RandomizedDelaySec=30min\n"
        "\n"
        "[Install]\n"
        "WantedBy=timers.target\n"
    )
    return {f"{JOB}.service": service, f"{JOB}.timer": timer}


def systemd_folder() -> Path:
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "systemd" / "user"


# -- macOS: a launchd agent ---------------------------------------------------------
def launchd_plist(command: Sequence[str], frequency: str) -> bytes:
    _known(frequency)
    when: dict[str, int] = {"Hour": HOUR, "Minute": 0}
    if frequency == "weekly":
        when["Weekday"] = 1  # Monday
    return plistlib.dumps(
        {
            "Label": LAUNCHD_LABEL,
            "ProgramArguments": list(command),
            "StartCalendarInterval": when,
            "RunAtLoad": False,
            "ProcessType": "Background",
        }
    )


def launchd_path() -> Path:
    return Path.home() / "Library" / "LaunchAgents" / f"{LAUNCHD_LABEL}.plist"


# -- Windows: a Task Scheduler task -------------------------------------------------
TASK_NAMESPACE = "http://schemas.microsoft.com/windows/2004/02/mit/task"


def task_xml(command: Sequence[str], frequency: str) -> str:
    """A task as schtasks /Create /XML reads it (Task Scheduler schema 1.2): run at
    the hour daily or on Mondays, as the person, only when they are logged on, and
    at the next start when a run was missed."""
    _known(frequency)
    program, *arguments = command
    schedule = (
        "<ScheduleByDay><DaysInterval>1</DaysInterval></ScheduleByDay>"
        if frequency == "daily"
        else "<ScheduleByWeek><WeeksInterval>1</WeeksInterval>"
        "<DaysOfWeek><Monday /></DaysOfWeek></ScheduleByWeek>"
    )
    return (
        '<?xml version="1.0" encoding="UTF-16"?>\n'
        f'<Task version="1.2" xmlns="{TASK_NAMESPACE}">\n'
        "  <RegistrationInfo>\n"
        "    <Description>Halal Key Wizard: check the stored exchange keys again"
        "</Description>\n"
        "  </RegistrationInfo>\n"
        "  <Triggers>\n"
        "    <CalendarTrigger>\n"
        "      <Enabled>true</Enabled>\n"  # the schema's order: Enabled, then StartBoundary
        f"      <StartBoundary>2026-01-05T{HOUR:02d}:00:00</StartBoundary>\n"
        f"      {schedule}\n"
        "    </CalendarTrigger>\n"
        "  </Triggers>\n"
        "  <Principals>\n"
        '    <Principal id="Author">\n'
        "      <LogonType>InteractiveToken</LogonType>\n"
        "      <RunLevel>LeastPrivilege</RunLevel>\n"
        "    </Principal>\n"
        "  </Principals>\n"
        "  <Settings>\n"
        "    <MultipleInstancesPolicy>IgnoreNew</MultipleInstancesPolicy>\n"
        "    <StartWhenAvailable>true</StartWhenAvailable>\n"
        "    <ExecutionTimeLimit>PT10M</ExecutionTimeLimit>\n"
        "    <Enabled>true</Enabled>\n"
        "  </Settings>\n"
        '  <Actions Context="Author">\n'
        "    <Exec>\n"
        f"      <Command>{escape(program)}</Command>\n"
        f"      <Arguments>{escape(subprocess.list2cmdline(arguments))}</Arguments>\n"
        "    </Exec>\n"
        "  </Actions>\n"
        "</Task>\n"
    )


# -- installing and removing ----------------------------------------------------------
def install(frequency: str) -> str:
    """Install (or replace) the job on this platform; what was done, in a sentence."""
    _known(frequency)
    command = check_command()
    platform = _platform()
    if platform.startswith("linux"):
        return _install_systemd(command, frequency)
    if platform == "darwin":
        return _install_launchd(command, frequency)
    if platform == "win32":
        return _install_task(command, frequency)
    raise ScheduleError(f"scheduling is not supported on {platform}")


def installed() -> bool:
    """Whether the job is set up on this platform (its file is there, or on Windows,
    the task)."""
    platform = _platform()
    if platform.startswith("linux"):
        return (systemd_folder() / f"{JOB}.timer").exists()
    if platform == "darwin":
        return launchd_path().exists()
    if platform == "win32":
        return _run(["schtasks", "/Query", "/TN", JOB], may_fail=True)
    return False


def remove() -> str:
    platform = _platform()
    if platform.startswith("linux"):
        return _remove_systemd()
    if platform == "darwin":
        path = launchd_path()
        _run(["launchctl", "bootout", f"gui/{os.getuid()}", str(path)], may_fail=True)
        path.unlink(missing_ok=True)
        return "The weekly or daily check is off."
    if platform == "win32":
        _run(["schtasks", "/Delete", "/TN", JOB, "/F"], may_fail=True)
        return "The weekly or daily check is off."
    raise ScheduleError(f"scheduling is not supported on {platform}")


def _platform() -> str:
    """The platform, as a plain string (each branch above is reachable somewhere)."""
    return str(sys.platform)


def _install_systemd(command: Sequence[str], frequency: str) -> str:
    folder = systemd_folder()
    units = systemd_units(command, frequency)
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in units.items():
        (folder / name).write_text(text, encoding="utf-8")
    try:
        _run(["systemctl", "--user", "daemon-reload"])
        _run(["systemctl", "--user", "enable", "--now", f"{JOB}.timer"])
    except ScheduleError:
        for name in units:
            (folder / name).unlink(missing_ok=True)
        raise
    return f"The check runs {frequency} (systemd user timer {JOB}.timer)."


def _remove_systemd() -> str:
    folder = systemd_folder()
    _run(["systemctl", "--user", "disable", "--now", f"{JOB}.timer"], may_fail=True)
    for name in (f"{JOB}.service", f"{JOB}.timer"):
        (folder / name).unlink(missing_ok=True)
    _run(["systemctl", "--user", "daemon-reload"], may_fail=True)
    return "The weekly or daily check is off."


def _install_launchd(command: Sequence[str], frequency: str) -> str:
    path = launchd_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    domain = f"gui/{os.getuid()}"
    _run(["launchctl", "bootout", domain, str(path)], may_fail=True)
    path.write_bytes(launchd_plist(command, frequency))
    try:
        _run(["launchctl", "bootstrap", domain, str(path)])
    except ScheduleError:
        path.unlink(missing_ok=True)
        raise
    return f"The check runs {frequency} (launchd agent {LAUNCHD_LABEL})."


def _install_task(command: Sequence[str], frequency: str) -> str:
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"{JOB}.xml"
        path.write_text(task_xml(command, frequency), encoding="utf-16")
        _run(["schtasks", "/Create", "/XML", str(path), "/TN", JOB, "/F"])
    return f"The check runs {frequency} (Task Scheduler task {JOB})."


def _run(arguments: list[str], *, may_fail: bool = False) -> bool:
    """Run one of the scheduler's commands; True when it succeeded. A failure raises
    ``ScheduleError`` unless ``may_fail`` (then: False)."""
    try:
        finished = subprocess.run(  # noqa: S603 - our own fixed commands
            arguments, capture_output=True, text=True, timeout=60, check=False
        )
    except (OSError, subprocess.TimeoutExpired) as error:
        if may_fail:
            return False
        raise ScheduleError(f"{arguments[0]} could not be run ({error})") from None
    if finished.returncode != 0 and not may_fail:
        said = (finished.stderr or finished.stdout).strip().splitlines()
        raise ScheduleError(
            f"{' '.join(arguments[:3])} failed: {said[-1] if said else finished.returncode}"
        )
    return finished.returncode == 0


def _known(frequency: str) -> None:
    if frequency not in FREQUENCIES:
        raise ValueError(f"unknown frequency {frequency!r}")
