"""A permission panel's picture with boxes marked: the ones a key has set the
wrong way, framed where the person will look for them on the exchange. Free of Qt.

The pictures are our own drawings of each exchange's panel: one ``<text>`` per box,
written exactly as the guide's ``PanelBox.label``, one row every 38 units.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterable

SVG = "http://www.w3.org/2000/svg"
ROW_HEIGHT = 38


def marked_picture(svg: str, labels: Iterable[str], colour: str) -> tuple[bytes, tuple[str, ...]]:
    """``svg`` with a frame in ``colour`` around the row of each of ``labels``, and the
    labels it framed (a label the picture does not write is left out, never guessed)."""
    ET.register_namespace("", SVG)
    root = ET.fromstring(svg)  # noqa: S314 - our own bundled picture, not outside data
    width = float(root.get("width", "440"))
    wanted = set(labels)
    framed: list[str] = []
    frames = []
    for text in root.iter(f"{{{SVG}}}text"):
        if text.text not in wanted:
            continue
        baseline = float(text.get("y", "0"))
        frame = ET.Element(
            f"{{{SVG}}}rect",
            {
                "x": "8",
                "y": f"{baseline - 24:g}",
                "width": f"{width - 16:g}",
                "height": f"{ROW_HEIGHT - 2}",
                "rx": "8",
                "fill": "none",
                "stroke": colour,
                "stroke-width": "3",
            },
        )
        frames.append(frame)
        framed.append(text.text)
    root.extend(frames)
    return ET.tostring(root, encoding="utf-8"), tuple(framed)
