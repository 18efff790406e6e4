"""The pseudo-language: every text stretched and bracketed, to catch clipped or
untranslated text in screenshots (``--lang pseudo``)."""

from __future__ import annotations

import re

from PySide6.QtCore import QTranslator


class PseudoTranslator(QTranslator):
    """Stretches every text by about 40% and brackets it, keeping {placeholders}
    and the & shortcut marker, so clipped or untranslated text stands out."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        parts = re.split(r"(\{\w+\}|&.)", source)
        stretched = "".join(
            part if part.startswith(("{", "&")) else part.translate(_ACCENTED) for part in parts
        )
        # Spaces in the padding: a stretched word must still be able to wrap.
        padding = " ".join(["~~"] * max(1, len(source) // 7))
        return f"[{stretched} {padding}]"

    def isEmpty(self) -> bool:
        return False


_ACCENTED = str.maketrans("aceinorsuyACEINORSUY", "áçéîñöŕšüýÁÇÉÎÑÖŔŠÜÝ")
