"""Install the pinned uv binary into a tools folder with nothing but the standard library.

    python3 tools/bootstrap_uv.py .venv-tools      # what the Makefile runs

Debian's and Ubuntu's ``python3`` has no ``ensurepip`` (it is in the separate
python3-venv package), so neither ``python3 -m venv`` nor pip can be relied on. uv
itself needs neither: it creates the project's environments on its own. This script
downloads uv's wheel for this platform from PyPI, checks it against the SHA-256 pinned
below, and unpacks the ``uv`` executable into ``FOLDER/bin``.

To move to another uv release, replace VERSION and every hash with the values PyPI lists
for that release (https://pypi.org/simple/uv/, the ``#sha256=`` of each wheel).
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import platform
import ssl
import stat
import sys
import urllib.error
import urllib.request
import zipfile
from pathlib import Path

VERSION = "0.13.9"
INDEX = "https://pypi.org/simple/uv/"
# (system, machine, C library) -> (wheel file, its SHA-256 on PyPI).
WHEELS: dict[tuple[str, str, str], tuple[str, str]] = {
    ("linux", "x86_64", "glibc"): (
        "uv-0.13.9-py3-none-manylinux_2_17_x86_64.manylinux2014_x86_64.whl",
        "d7f459fe4fd247d830351c75686d3996ace3c6f3f728eb0e85a30b7ada0cef19",
    ),
    ("linux", "x86_64", "musl"): (
        "uv-0.13.9-py3-none-musllinux_1_1_x86_64.whl",
        "2c45530751517d6c3bbc69a19473f6effe47cce047bede01ffd8af7ea7b36b25",
    ),
    ("linux", "aarch64", "glibc"): (
        "uv-0.13.9-py3-none-manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64.whl",
        "5435c5ce14a56431208ca0996416d310f1598e8c2c8ba707688985a16bb82dbe",
    ),
    ("linux", "aarch64", "musl"): (
        "uv-0.13.9-py3-none-manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64.whl",
        "5435c5ce14a56431208ca0996416d310f1598e8c2c8ba707688985a16bb82dbe",
    ),
    ("darwin", "x86_64", ""): (
        "uv-0.13.9-py3-none-macosx_10_12_x86_64.whl",
        "c16ed11e013557536b3e60065f1b912f6407bd6518e041b961e23ef9e6b4fbf5",
    ),
    ("darwin", "arm64", ""): (
        "uv-0.13.9-py3-none-macosx_11_0_arm64.whl",
        "66c512266d633bef48384a1f53003f41f2a8e7b36fe6e7fbfd3e0fd52d96fa63",
    ),
}


class BootstrapError(Exception):
    """A reason the bootstrap stopped, worded for the person running make."""


def platform_key() -> tuple[str, str, str]:
    system = sys.platform if sys.platform != "linux2" else "linux"
    machine = platform.machine().lower()
    machine = {"amd64": "x86_64", "arm64": "arm64" if system == "darwin" else "aarch64"}.get(
        machine, machine
    )
    libc = ""
    if system == "linux":
        libc = "glibc" if platform.libc_ver()[0] == "glibc" else "musl"
    return system, machine, libc


def _fetch(url: str, accept: str = "*/*") -> bytes:
    request = urllib.request.Request(url, headers={"Accept": accept, "User-Agent": "bootstrap"})
    try:
        with urllib.request.urlopen(request, timeout=120) as response:
            return bytes(response.read())
    except ssl.SSLError as exc:
        raise BootstrapError(
            f"cannot check PyPI's certificate ({exc}); install the CA certificates "
            "(Debian, Ubuntu: apt-get install ca-certificates)"
        ) from exc
    except urllib.error.URLError as exc:
        raise BootstrapError(f"cannot download {url}: {exc.reason}") from exc


def wheel_url(file_name: str, index: str = INDEX) -> str:
    """The download address the index gives for ``file_name`` (JSON simple API, PEP 691)."""
    page = json.loads(_fetch(index, "application/vnd.pypi.simple.v1+json"))
    for entry in page.get("files", []):
        if entry.get("filename") == file_name:
            return str(entry["url"])
    raise BootstrapError(f"PyPI does not list {file_name}")


def install(
    folder: Path,
    index: str = INDEX,
    wheels: dict[tuple[str, str, str], tuple[str, str]] = WHEELS,
) -> Path:
    """Download, check and unpack uv into ``folder/bin/uv``; returns that path. Nothing is
    written unless the wheel's SHA-256 is the pinned one."""
    key = platform_key()
    if key not in wheels:
        raise BootstrapError(
            f"no pinned uv {VERSION} build for {'/'.join(filter(None, key))}; "
            "install uv yourself and put it at " + str(folder / "bin" / "uv")
        )
    file_name, sha256 = wheels[key]
    data = _fetch(wheel_url(file_name, index))
    digest = hashlib.sha256(data).hexdigest()
    if digest != sha256:
        raise BootstrapError(f"{file_name} has SHA-256 {digest}, expected {sha256}; not installed")
    member = f"uv-{VERSION}.data/scripts/uv"
    with zipfile.ZipFile(io.BytesIO(data)) as wheel:
        binary = wheel.read(member)
    target = folder / "bin" / "uv"
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name("uv.partial")
    partial.write_bytes(binary)
    partial.chmod(partial.stat().st_mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)
    os.replace(partial, target)
    return target


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: python3 tools/bootstrap_uv.py FOLDER", file=sys.stderr)
        return 2
    try:
        target = install(Path(argv[0]))
    except BootstrapError as exc:
        print(f"error: uv {VERSION} could not be installed: {exc}", file=sys.stderr)
        return 1
    print(f"installed uv {VERSION} at {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
