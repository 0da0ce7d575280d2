"""Loading forms and the catalogue from files, and re-reading stored snapshots."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from auditapp.core.errors import FormError, Problem
from auditapp.core.loaders.catalogue import build_catalogue
from auditapp.core.loaders.form import build_form
from auditapp.core.loaders.tree import Node, from_plain
from auditapp.core.model import Catalogue, Form
from auditapp.core.shipped import CATALOGUE_FILE, shipped_forms_dir

# The largest shipped file (the catalogue) is about 60 KB. A YAML file with
# an error is read a second time by PyYAML's pure-Python parser for a located message
# (about 12 s a megabyte), so a size limit keeps a wrong file from hanging the check.
MAX_YAML_BYTES = 2 * 1024 * 1024


def _read_text(path: Path) -> str:
    try:
        size = path.stat().st_size
        if size > MAX_YAML_BYTES:
            raise FormError(
                [
                    Problem(
                        str(path),
                        "",
                        "",
                        f"the file is {size:,} bytes; a form or catalogue may be at most "
                        f"{MAX_YAML_BYTES:,} bytes (is it the right file?)",
                    )
                ]
            )
        data = path.read_bytes()
    except OSError as exc:
        raise FormError(
            [Problem(str(path), "", "", f"cannot read the file: {exc.strerror}")]
        ) from exc
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise FormError(
            [
                Problem(
                    str(path), "", "", f"not UTF-8 text (byte {exc.start}); save the file as UTF-8"
                )
            ]
        ) from exc


def _yaml_tree(text: str, source: str) -> Node:
    # PyYAML is imported here, not with the module: stored snapshots (read at every start
    # of the app) are JSON, and the import costs more than a start-up can spare.
    from auditapp.core.loaders.yaml_tree import parse_yaml

    problems: list[Problem] = []
    root = parse_yaml(text, source, problems)
    if problems or root is None:
        raise FormError(problems)
    return root


def parse_catalogue(text: str, source: str = "<catalogue>") -> Catalogue:
    """The catalogue in YAML ``text``; raises :class:`FormError`."""
    return build_catalogue(_yaml_tree(text, source), source)


def load_catalogue(path: Path) -> Catalogue:
    """The catalogue in a YAML file; raises :class:`FormError`."""
    return parse_catalogue(_read_text(path), str(path))


def parse_form(text: str, catalogue: Catalogue | None, source: str = "<form>") -> Form:
    """The form in YAML ``text``; raises :class:`FormError` with every problem found."""
    return build_form(_yaml_tree(text, source), source, catalogue)


def load_form(path: Path, catalogue: Catalogue | None) -> Form:
    """A form from a ``.yaml``/``.yml`` file or an ``.xlsx`` workbook."""
    if path.suffix.lower() == ".xlsx":
        from auditapp.core.loaders.workbook import read_form_workbook

        root, early = read_form_workbook(path)
        try:
            form = build_form(root, str(path), catalogue)
        except FormError as exc:
            raise FormError(early + exc.problems) from None
        if early:
            raise FormError(early)
        return form
    return parse_form(_read_text(path), catalogue, str(path))


def form_from_data(data: dict[str, Any], source: str = "<snapshot>") -> Form:
    """Rebuild a form from :func:`auditapp.core.canonical.form_to_data` output."""
    return build_form(from_plain(data), source, None)


def is_catalogue_file(path: Path) -> bool:
    """Whether ``path`` names a catalogue rather than a form (by file name)."""
    return path.name == CATALOGUE_FILE or path.name.endswith(".catalogue.yaml")


def load_library(folder: Path | None = None) -> tuple[Catalogue, list[Form]]:
    """The catalogue and every form in ``folder`` (the shipped forms by default).

    Raises one :class:`FormError` with the problems of every file.
    """
    folder = folder or shipped_forms_dir()
    catalogue = load_catalogue(folder / CATALOGUE_FILE)
    forms: list[Form] = []
    problems: list[Problem] = []
    for path in sorted(folder.glob("*.yaml")):
        if is_catalogue_file(path):
            continue
        try:
            forms.append(load_form(path, catalogue))
        except FormError as exc:
            problems.extend(exc.problems)
    if problems:
        raise FormError(problems)
    return catalogue, forms
