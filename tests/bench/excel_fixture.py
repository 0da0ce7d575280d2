"""Builds a data folder with N audits of a 100-item form, quickly, for the Excel benchmarks."""

from __future__ import annotations

import json
import random
import sys
import uuid
from pathlib import Path

from auditapp.core.forms import parse_form
from auditapp.core.records import Site
from auditapp.demo import DEMO_PASSPHRASE
from auditapp.store import Store
from auditapp.trust.identity import create_identity
from tests.bench.test_bench_foundation import _big_form_text


def build(folder: Path, audits: int, items: int = 100) -> list[str]:
    store = Store(folder)
    form = parse_form(_big_form_text(items), None, "big.yaml")
    digest = store.forms.install(form)
    store.sites.upsert_many(
        [
            Site(f"S{i:03d}", f"门店 {i}", ("East", "South", "North")[i % 3], "restaurant")
            for i in range(60)
        ]
    )
    rng = random.Random(5)
    rows, answers, ids = [], [], []
    for n in range(audits):
        aid = str(uuid.UUID(int=rng.getrandbits(128)))
        ids.append(aid)
        day = f"2026-{(n % 11) + 1:02d}-{(n % 27) + 1:02d}"
        rows.append(
            (
                aid,
                digest,
                form.id,
                1,
                f"S{n % 60:03d}",
                "Li Na",
                "AUD-1",
                "",
                "inspection",
                "completed",
                1,
                f"{day}T10:00:00+08:00",
                f"{day}T11:00:00+08:00",
                f"{day}T11:00:00+08:00",
                "{}",
                "",
                "",
                None,
            )
        )
        for item in form.items():
            value = {
                "check": rng.choice(["pass", "pass", "fail"]),
                "rating": rng.randint(1, 5),
                "number": str(rng.randint(1, 30)),
            }[item.type.value]
            comment = "=looks fine" if rng.random() < 0.05 else ""
            answers.append((aid, item.id, json.dumps(value), 0, comment, f"{day}T10:30:00+08:00"))
    with store.db.conn:
        store.db.conn.executemany(
            "INSERT INTO audits (id, form_hash, form_id, form_version, site_code, auditor_name, "
            "auditor_id, auditor_alias, kind, status, revision, created_at, updated_at, "
            f"completed_at, context, percent, grade, passed) VALUES ({','.join('?' * 18)})",
            rows,
        )
        store.db.conn.executemany("INSERT INTO answers VALUES (?,?,?,?,?,?)", answers)
    create_identity(folder, "Li Na", "AUD-1", DEMO_PASSPHRASE)
    store.close()
    return ids


if __name__ == "__main__":
    build(Path(sys.argv[1]), int(sys.argv[2]))
