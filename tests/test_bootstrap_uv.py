"""tools/bootstrap_uv.py against a package index on loopback: a wheel with the pinned
SHA-256 is unpacked and runs; any other bytes are refused and nothing is written."""

from __future__ import annotations

import hashlib
import importlib.util
import io
import json
import subprocess
import threading
import zipfile
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
spec = importlib.util.spec_from_file_location("bootstrap_uv", ROOT / "tools" / "bootstrap_uv.py")
assert spec and spec.loader
bootstrap = importlib.util.module_from_spec(spec)
spec.loader.exec_module(bootstrap)


def _wheel() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zf:
        zf.writestr(f"uv-{bootstrap.VERSION}.data/scripts/uv", "#!/bin/sh\necho uv from loopback\n")
        zf.writestr(f"uv-{bootstrap.VERSION}.dist-info/METADATA", "Name: uv\n")
    return out.getvalue()


@pytest.fixture
def index():
    """A loopback index serving one wheel; ``served`` holds the bytes it sends."""
    served = {"wheel": _wheel()}

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 (http.server's name)
            host = f"http://127.0.0.1:{self.server.server_address[1]}"
            if self.path == "/simple/uv/":
                body = json.dumps(
                    {"files": [{"filename": "uv-test.whl", "url": f"{host}/files/uv-test.whl"}]}
                ).encode()
            elif self.path == "/files/uv-test.whl":
                body = served["wheel"]
            else:
                self.send_error(404)
                return
            self.send_response(200)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/simple/uv/", served
    server.shutdown()
    server.server_close()


def _pins(data: bytes) -> dict:
    return {bootstrap.platform_key(): ("uv-test.whl", hashlib.sha256(data).hexdigest())}


def test_the_pinned_wheel_is_unpacked_and_runs(tmp_path, index):
    url, served = index
    target = bootstrap.install(tmp_path / "tools", url, _pins(served["wheel"]))
    assert target == tmp_path / "tools" / "bin" / "uv"
    out = subprocess.run([str(target)], capture_output=True, text=True, timeout=30)
    assert out.stdout.strip() == "uv from loopback"


def test_other_bytes_are_refused_and_nothing_is_written(tmp_path, index):
    url, served = index
    pins = _pins(served["wheel"])
    served["wheel"] = served["wheel"][:-1] + b"!"
    with pytest.raises(bootstrap.BootstrapError, match="has SHA-256 .* expected .*not installed"):
        bootstrap.install(tmp_path / "tools", url, pins)
    assert not (tmp_path / "tools").exists()


def test_an_unknown_platform_and_an_unreachable_index_are_explained(tmp_path):
    with pytest.raises(bootstrap.BootstrapError, match="no pinned uv .* build for"):
        bootstrap.install(tmp_path, "http://127.0.0.1:9/simple/uv/", {})
    pins = {bootstrap.platform_key(): ("uv-test.whl", "0" * 64)}
    with pytest.raises(bootstrap.BootstrapError, match="cannot download http://127.0.0.1:9/"):
        bootstrap.install(tmp_path, "http://127.0.0.1:9/simple/uv/", pins)


def test_this_platform_has_a_pinned_wheel():
    assert bootstrap.platform_key() in bootstrap.WHEELS
