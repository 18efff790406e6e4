"""Which items of Qt's ICU data the frozen build keeps (build/trim_icu.py)."""

from __future__ import annotations

import importlib.util

import pytest

from tests.helpers.paths import ROOT

_SPEC = importlib.util.spec_from_file_location("trim_icu", ROOT / "build" / "trim_icu.py")
assert _SPEC is not None
assert _SPEC.loader is not None
trim_icu = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(trim_icu)


@pytest.mark.parametrize(
    "item",
    [
        "icudt73l/res_index.res",
        "icudt73l/coll/res_index.res",
        "icudt73l/pool.res",
        "icudt73l/root.res",
        "icudt73l/ar_SA.res",
        "icudt73l/ur_PK.res",
        "icudt73l/coll/tr.res",
        "icudt73l/ms.res",
        "icudt73l/id.res",
        "icudt73l/en_US_POSIX.res",
        "icudt73l/supplementalData.res",
        "icudt73l/zoneinfo64.res",
        "icudt73l/uprops.icu",
        "icudt73l/cnvalias.icu",
        "icudt73l/brkitr/line.brk",
        "icudt73l/nfkc.nrm",
    ],
)
def test_kept(item: str) -> None:
    assert not trim_icu.dropped(item)


@pytest.mark.parametrize(
    "item",
    [
        "icudt73l/de.res",
        "icudt73l/zh_Hant_TW.res",
        "icudt73l/coll/ja.res",
        "icudt73l/lang/fr.res",
        "icudt73l/ibm-943_P15A-2003.cnv",
        "icudt73l/brkitr/cjdict.dict",
        "icudt73l/translit/Latin_ASCII.res",
    ],
)
def test_dropped(item: str) -> None:
    assert trim_icu.dropped(item)
