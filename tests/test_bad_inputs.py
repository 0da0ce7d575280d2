"""The corpus of bad forms, catalogues and site files: each problem at its exact place.

Each bad YAML file lists its expected problems in comment lines
``# expect: WHERE | PATH | SUBSTRING``; the loader must report exactly those.
Each bad sites file has a ``.expect`` file listing, in order, a substring of each problem.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from auditapp.core import FormError, load_catalogue, load_form
from auditapp.store.errors import ImportFileError
from auditapp.store.site_import import read_sites
from tests.conftest import DATA


def _expectations(path: Path) -> list[tuple[str, str, str]]:
    out = []
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        if line.startswith("# expect:"):
            where, field, text = (p.strip() for p in line[len("# expect:") :].split("|", 2))
            out.append((where, field, text))
    return out


def _check(path: Path, problems) -> None:
    expected = _expectations(path)
    assert expected, f"{path.name} states no expectations"
    got = [(p.where, p.path, p.message) for p in problems]
    assert all(p.source == str(path) for p in problems)
    unmatched = list(got)
    for where, field, text in expected:
        hit = next((g for g in unmatched if g[0] == where and g[1] == field and text in g[2]), None)
        assert hit is not None, f"{path.name}: expected {where} {field} '{text}', got {got}"
        unmatched.remove(hit)
    assert not unmatched, f"{path.name}: unexpected problems {unmatched}"


@pytest.fixture(scope="module")
def catalogue():
    return load_catalogue(DATA / "catalogue.yaml")


BAD_FORMS = sorted((DATA / "bad_forms").glob("*.yaml"))
BAD_CATALOGUES = sorted((DATA / "bad_catalogues").glob("*.yaml"))
BAD_SITES = sorted((DATA / "bad_sites").glob("*.csv"))


def test_corpus_is_there():
    assert len(BAD_FORMS) >= 25 and len(BAD_CATALOGUES) >= 4 and len(BAD_SITES) >= 10


@pytest.mark.parametrize("path", BAD_FORMS, ids=lambda p: p.stem)
def test_bad_form(path, catalogue):
    with pytest.raises(FormError) as info:
        load_form(path, catalogue)
    _check(path, info.value.problems)


@pytest.mark.parametrize("path", BAD_CATALOGUES, ids=lambda p: p.stem)
def test_bad_catalogue(path):
    with pytest.raises(FormError) as info:
        load_catalogue(path)
    _check(path, info.value.problems)


@pytest.mark.parametrize("path", BAD_SITES, ids=lambda p: p.stem)
def test_bad_sites_file(path):
    expected = [
        line
        for line in path.with_suffix(".expect").read_text(encoding="utf-8").splitlines()
        if line
    ]
    with pytest.raises(ImportFileError) as info:
        read_sites(path)
    got = info.value.problems
    assert len(got) == len(expected), got
    for text, problem in zip(expected, got, strict=True):
        assert text in problem


def test_good_sites_files():
    ok = read_sites(DATA / "sites_ok.csv")
    gb = read_sites(DATA / "sites_gb18030.csv")
    assert len(ok) >= 5 and len(gb) >= 1
    assert any("\u4e00" <= ch <= "\u9fff" for s in gb for ch in s.name)
