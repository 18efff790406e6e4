"""Shrinks the ICU data library that PySide6's Linux wheels ship (31 MB) to what the
wizard can use: the languages it speaks, ICU's core tables, no legacy code pages,
no word-break dictionaries for Chinese, Japanese or Thai, no transliteration.

Qt loads ICU for collation, locale names and text codecs; the wizard compares no
strings by locale and reads and writes only UTF-8, so the rest is dead weight in
every download. The library keeps its name, soname and entry point
(``icudt<NN>_dat``): Qt's ICU finds its data exactly as before.

Needs ``icupkg`` and ``genccode`` (Debian: icu-devtools), gcc and readelf; without
them the build keeps the full library and says so.

Usage: python build/trim_icu.py LIBICUDATA OUT_DIR  -> prints the trimmed library's path
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

# The wizard's languages, English, and ICU's root.
KEEP_LANGUAGES = frozenset({"root", "en", "ar", "ur", "ms", "id", "tr"})
# Every locale tree's index and shared key pool stay, whatever their name looks like.
ALWAYS_KEEP = frozenset({"res_index.res", "pool.res"})
_LOCALE_FILE = re.compile(r"^([a-z]{2,3})(?:_[A-Za-z0-9]+)*\.res$")
_DROPPED_KINDS = (".cnv", ".dict")  # legacy code pages; CJK/Thai word dictionaries
_DROPPED_TREES = ("translit/",)


def _tool(*args: str) -> str:
    """Run a build tool found on PATH (icupkg, genccode, gcc, readelf); its output."""
    done = subprocess.run(args, check=True, capture_output=True, text=True)  # noqa: S603
    return done.stdout


def dropped(item: str) -> bool:
    """Whether an item of the data package (``icudt73l/coll/de.res``) goes."""
    path = item.split("/", 1)[1] if "/" in item else item
    name = path.rsplit("/", 1)[-1]
    if path.endswith(_DROPPED_KINDS) or path.startswith(_DROPPED_TREES):
        return True
    if name in ALWAYS_KEEP:
        return False
    locale = _LOCALE_FILE.match(name)
    return bool(locale) and locale.group(1) not in KEEP_LANGUAGES


def _data_symbol(library: Path) -> tuple[str, int, int]:
    """The entry point (``icudt73_dat``), and its offset and size in the file."""
    symbols = _tool("readelf", "-sW", str(library))
    found = re.search(
        r":\s+([0-9a-f]+)\s+(0x[0-9a-f]+|\d+)\s+OBJECT\s+\w+\s+\w+\s+\S+\s+(icudt\d+_dat)", symbols
    )
    if found is None:
        raise RuntimeError(f"no ICU data symbol in {library}")
    address, size, name = int(found.group(1), 16), int(found.group(2), 0), found.group(3)
    sections = _tool("readelf", "-SW", str(library))
    for line in sections.splitlines():
        parts = re.search(r"\]\s+\S+\s+\S+\s+([0-9a-f]{16})\s+([0-9a-f]+)\s+([0-9a-f]+)", line)
        if parts:
            start, offset, length = (int(value, 16) for value in parts.groups())
            if start <= address < start + length:
                return name, address - start + offset, size
    raise RuntimeError(f"the ICU data symbol of {library} is in no section")


def trim(library: Path, out_dir: Path) -> Path:
    entry, offset, size = _data_symbol(library)
    work = Path(tempfile.mkdtemp(prefix="icu-"))
    package = work / f"{entry.removesuffix('_dat')}l.dat"
    with library.open("rb") as source:
        source.seek(offset)
        package.write_bytes(source.read(size))
    listing = _tool("icupkg", "-l", str(package)).split()
    removals = work / "remove.txt"
    removals.write_text("\n".join(item for item in listing if dropped(item)) + "\n")
    smaller = work / "small.dat"
    _tool("icupkg", "--ignore-deps", "-r", str(removals), str(package), str(smaller))
    _tool(
        "genccode",
        "-q",
        "-a",
        "gcc",
        "-e",
        entry.removesuffix("_dat"),
        "-d",
        str(work),
        str(smaller),
    )
    assembly = next(work.glob("*.S"))
    out_dir.mkdir(parents=True, exist_ok=True)
    output = out_dir / library.name
    soname = _tool("readelf", "-dW", str(library))
    named = re.search(r"Library soname: \[([^\]]+)\]", soname)
    _tool(
        "gcc",
        "-shared",
        "-nostdlib",
        "-Wl,-soname," + (named.group(1) if named else library.name),
        "-o",
        str(output),
        str(assembly),
    )
    shutil.rmtree(work)
    return output


def tools_missing() -> list[str]:
    return [tool for tool in ("icupkg", "genccode", "gcc", "readelf") if shutil.which(tool) is None]


if __name__ == "__main__":
    print(trim(Path(sys.argv[1]), Path(sys.argv[2])))
