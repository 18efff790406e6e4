"""QR codes decode back to exactly what they carry (decoded with zxing-cpp)."""

from __future__ import annotations

import pytest
import zxingcpp
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from wizard.gui.pages.qr import QrCode, render_qr
from wizard.keygen import make_ed25519_key_pair

pytestmark = pytest.mark.gui


class _Gray:
    """An 8-bit grayscale view of a QImage, in the array form zxing-cpp reads."""

    def __init__(self, image: QImage) -> None:
        gray = image.convertToFormat(QImage.Format.Format_Grayscale8)
        width, height, stride = gray.width(), gray.height(), gray.bytesPerLine()
        raw = bytes(gray.constBits())
        self.data = b"".join(raw[y * stride : y * stride + width] for y in range(height))
        self.__array_interface__ = {
            "shape": (height, width),
            "typestr": "|u1",
            "data": self.data,
            "version": 3,
        }


def _decode(image: QImage) -> list[str]:
    return [result.text for result in zxingcpp.read_barcodes(_Gray(image))]


@pytest.mark.parametrize(
    "data",
    [
        "203.0.113.7",
        "203.0.113.7\n2001:db8::1\n198.51.100.20",
        "https://www.binance.com/en/my/settings/api-management",
        "public-key",
    ],
    ids=["one-ip", "ip-list", "link", "public-key"],
)
def test_qr_decodes_to_the_exact_data(qtbot: QtBot, data: str) -> None:
    if data == "public-key":
        data = make_ed25519_key_pair().public_pem
    assert _decode(render_qr(data)) == [data]
    widget = QrCode(data)
    qtbot.addWidget(widget)
    assert _decode(widget.grab().toImage()) == [data]


def test_quiet_zone_is_white(qtbot: QtBot) -> None:
    image = render_qr("203.0.113.7", module=6)
    for x in range(0, 4 * 6):
        assert image.pixelColor(x, x).lightness() == 255


def test_too_much_data_says_so(qtbot: QtBot) -> None:
    widget = QrCode("x" * 5000)
    qtbot.addWidget(widget)
    assert widget.matrix is None
    assert "Too much to fit" in widget.toolTip()
