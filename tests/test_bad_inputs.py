"""The corpus of bad forms, catalogues and site files: each problem at its exact place.

Each bad YAML file lists its expected problems in comment lines
``# expect: WHERE | PATH | SUBSTRING``; the loader must report exactly those.
Each bad sites file has a ``.expect`` file listing, in order, a substring of each problem.
Every bad YAML file must give the same problems whether libyaml or the pure-Python parser
reads it, and when libyaml gives up partway on a limit of its own.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from auditapp.core import FormError, load_catalogue, load_form
from auditapp.core.errors import Problem
from auditapp.core.loaders import yaml_tree
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


class _GivesUp(yaml.SafeLoader):
    """Stands for a libyaml that stops partway through a file on a limit of its own (as
    PyYAML 6.0.4's does at 1000 levels of nesting): it raises after a few events."""

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self.events_left = 20

    def get_event(self):
        if self.events_left == 0:
            raise yaml.scanner.ScannerError(None, None, "a limit of its own", self.get_mark())
        self.events_left -= 1
        return super().get_event()


_NO_LIBYAML = pytest.mark.skipif(
    not hasattr(yaml, "CSafeLoader"), reason="this PyYAML has no libyaml"
)
LOADERS = {"pure-python": yaml.SafeLoader, "libyaml-gives-up": _GivesUp}
if hasattr(yaml, "CSafeLoader"):
    LOADERS["libyaml"] = yaml.CSafeLoader


@_NO_LIBYAML
def test_libyaml_reads_forms_when_present():
    assert yaml_tree._Loader is yaml.CSafeLoader


def _load_problems(path: Path, catalogue) -> list[Problem]:
    with pytest.raises(FormError) as info:
        if path.parent.name == "bad_catalogues":
            load_catalogue(path)
        else:
            load_form(path, catalogue)
    return info.value.problems


@pytest.mark.parametrize("path", BAD_FORMS + BAD_CATALOGUES, ids=lambda p: p.stem)
def test_bad_yaml_same_on_every_loader_path(path, catalogue, monkeypatch):
    """libyaml (when this PyYAML has it), the pure-Python parser, and a libyaml that gives
    up partway (the file is then read again by the pure-Python parser) each report
    exactly the expected problems, and the very same ones."""
    found = {}
    for name, loader in LOADERS.items():
        monkeypatch.setattr(yaml_tree, "_Loader", loader)
        found[name] = _load_problems(path, catalogue)
        _check(path, found[name])
    assert all(problems == found["pure-python"] for problems in found.values())


@pytest.fixture(
    params=[
        pytest.param(getattr(yaml, "CSafeLoader", None), id="libyaml", marks=_NO_LIBYAML),
        pytest.param(yaml.SafeLoader, id="pure-python"),
    ]
)
def parser(request, monkeypatch) -> None:
    """Reads form YAML with libyaml or with the pure-Python parser."""
    monkeypatch.setattr(yaml_tree, "_Loader", request.param)


# (name, text with n repeated levels, levels outside them, where level 41 opens, its
# field path); the top-level mapping is the first level.
DEEP_CASES = [
    ("flow-lists-one-line", lambda n: "a: " + "[" * n + "]" * n, 1, "1:43", "a" + "[1]" * 39),
    (
        "flow-mappings-one-line",
        lambda n: "a: " + "{a: " * n + "x" + "}" * n,
        1,
        "1:160",
        "a" + ".a" * 39,
    ),
    (
        "flow-lists-one-a-line",
        lambda n: "a:\n" + " [\n" * n + " ]\n" * n,
        1,
        "41:2",
        "a" + "[1]" * 39,
    ),
    ("block-lists-compact", lambda n: "a:\n  " + "- " * n + "x", 1, "2:81", "a" + "[1]" * 39),
    (
        "block-mappings-indented",
        lambda n: "".join(" " * i + f"k{i}:\n" for i in range(n)) + " " * n + "x",
        0,
        "41:41",
        ".".join(f"k{i}" for i in range(40)),
    ),
    ("flow-in-block", lambda n: "a:\n  - - " + "[" * n + "]" * n, 3, "2:44", "a" + "[1]" * 39),
]
DEEP_IDS = [c[0] for c in DEEP_CASES]


@pytest.mark.parametrize("levels", [41, 1001])
@pytest.mark.parametrize(
    ("make", "outside", "where", "path"), [c[1:] for c in DEEP_CASES], ids=DEEP_IDS
)
def test_deep_nesting_is_refused_where_level_41_opens(make, outside, where, path, levels, parser):
    problems: list[Problem] = []
    assert yaml_tree.parse_yaml(make(levels - outside), "deep.yaml", problems) is None
    assert [(p.where, p.path) for p in problems] == [(where, path)]
    assert "nested more than 40 levels deep" in problems[0].message


@pytest.mark.parametrize(("make", "outside"), [c[1:3] for c in DEEP_CASES], ids=DEEP_IDS)
def test_forty_levels_are_allowed(make, outside, parser):
    problems: list[Problem] = []
    assert yaml_tree.parse_yaml(make(40 - outside), "deep.yaml", problems) is not None
    assert problems == []


def test_billion_laughs_is_refused_without_expanding(parser):
    lines = ['l0: &l0 "lol"'] + [
        f"l{i}: &l{i} [" + ", ".join([f"*l{i - 1}"] * 9) + "]" for i in range(1, 10)
    ]
    problems: list[Problem] = []
    assert yaml_tree.parse_yaml("\n".join(lines), "laughs.yaml", problems) is None
    assert len(problems) == 81
    assert all("YAML aliases" in p.message for p in problems)
    assert (problems[0].where, problems[0].path) == ("2:10", "l1[1]")
    assert (problems[-1].where, problems[-1].path) == ("10:50", "l9[9]")


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


def test_an_oversized_yaml_file_is_refused_before_it_is_parsed(tmp_path, catalogue):
    from auditapp.core.forms import MAX_YAML_BYTES

    big = tmp_path / "huge.yaml"
    big.write_text("# padding\n" * (MAX_YAML_BYTES // 10 + 1), encoding="utf-8")
    for load in (lambda p: load_form(p, catalogue), load_catalogue):
        with pytest.raises(FormError) as info:
            load(big)
        (problem,) = info.value.problems
        assert str(big) in str(problem) and "may be at most 2,097,152 bytes" in str(problem)
