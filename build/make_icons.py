"""Renders resources/icons/app.svg into the icons each platform wants, with Qt:
PNGs, a Windows .ico (Qt's ico writer) and a macOS .icns (written here: a header and
PNG entries), plus the Windows version resource. Output: build/out/."""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "build" / "out"
sys.path.insert(0, str(ROOT))
from wizard import APP_NAME, __version__  # noqa: E402

ICNS_TYPES = {16: b"icp4", 32: b"icp5", 64: b"icp6", 128: b"ic07", 256: b"ic08", 512: b"ic09",
              1024: b"ic10"}


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def write_icns(path: Path, images: dict[int, QImage]) -> None:
    entries = b"".join(ICNS_TYPES[size] + struct.pack(">I", 8 + len(png)) + png
                       for size, png in ((s, png_bytes(i)) for s, i in sorted(images.items())))
    path.write_bytes(b"icns" + struct.pack(">I", 8 + len(entries)) + entries)


def write_version_file(path: Path) -> None:
    numbers = tuple(int(part) for part in __version__.split(".")) + (0,)
    path.write_text(f"""VSVersionInfo(
  ffi=FixedFileInfo(filevers={numbers}, prodvers={numbers}),
  kids=[StringFileInfo([StringTable('040904B0', [
    StringStruct('CompanyName', '{APP_NAME}'),
    StringStruct('FileDescription', '{APP_NAME}'),
    StringStruct('FileVersion', '{__version__}'),
    StringStruct('ProductName', '{APP_NAME}'),
    StringStruct('ProductVersion', '{__version__}')])]),
    VarFileInfo([VarStruct('Translation', [1033, 1200])])]
)
""", encoding="utf-8")


def main() -> None:
    application = QGuiApplication(sys.argv[:1])
    OUT.mkdir(parents=True, exist_ok=True)
    renderer = QSvgRenderer(str(ROOT / "resources" / "icons" / "app.svg"))
    images = {size: render(renderer, size) for size in ICNS_TYPES}
    for size in (16, 32, 48, 256):
        (images.get(size) or render(renderer, size)).save(str(OUT / f"icon-{size}.png"))
    if not images[256].save(str(OUT / "icon.ico"), "ICO"):
        raise SystemExit("Qt could not write the .ico (imageformats/qico missing)")
    write_icns(OUT / "icon.icns", images)
    write_version_file(OUT / "version.txt")
    del application
    print(f"icons written to {OUT}")


if __name__ == "__main__":
    main()
