"""Demo data: sites in three regions and audits over the shipped forms, with photos.

The demo never replaces what a data folder already has. Its audits are carried out by the
folder's profile auditor: on a new folder that is the demo profile (Chen Jing, AUD-017,
alias "Shopper Lark"), installed together with its two signing identities; on a folder
with the user's own profile, the user's, and no identity is installed. Either way every
demo audit can be exported signed by the identity of its own auditor, which
:func:`auditapp.trust.identity.check_signer` requires.
"""

from __future__ import annotations

import io
import random
from datetime import datetime, timedelta
from decimal import Decimal
from fractions import Fraction

from PIL import Image, ImageDraw

from auditapp.core.answers import Answer, parse_value
from auditapp.core.model import Form, Item, ItemType, SignerRole
from auditapp.core.records import Auditor, Site, VisitContext
from auditapp.core.rules import evidence_missing
from auditapp.core.scoring import item_fraction, visible_items
from auditapp.store import Store
from auditapp.store.profile import load_profile, profile_auditor, save_profile

DEMO_PASSPHRASE = "demo-passphrase"
"""Passphrase of the demo auditor identity (stated in the README; demo data only)."""

REGIONS = (("East", "华东"), ("South", "华南"), ("North", "华北"))
CITIES = {
    "East": ("上海", "杭州", "南京"),
    "South": ("广州", "深圳", "厦门"),
    "North": ("北京", "天津", "济南"),
}
STREETS = ("人民路", "中山路", "解放路", "建设路", "和平路", "长江路", "黄河路", "新华路")
SITE_NAMES = {
    "restaurant": "味之家餐厅",
    "call_centre": "客服热线中心",
    "retail": "优品生活馆",
    "hotel": "悦居酒店",
    "telecom": "宽带装维站",
    "clinic": "康宁门诊部",
    "government": "政务服务中心",
    "convenience": "便利蜂便利店",
    "bank": "银行支行",
}
MANAGERS = ("王芳", "李强", "张伟", "刘洋", "陈静", "杨帆", "赵磊", "黄敏", "周杰", "吴婷")
AUDITORS = (
    Auditor("Chen Jing", "AUD-017", "Shopper Lark"),
    Auditor("Liu Yang", "AUD-023", "Shopper Finch"),
    Auditor("Zhao Lei", "INS-004", ""),
)
DEMO_PROFILE = AUDITORS[0]
"""The profile the demo installs on a folder that has none."""
FAIL_COMMENTS = (
    "Observed directly; staff were busy with a phone call. 员工当时在接电话。",
    "Not done during the whole visit. 整个过程中未做到。",
    "Only partly done; see photo. 只做到一部分，见照片。",
    "Manager informed on site. 已现场告知店长。",
)
PASS_COMMENTS = ("Good, friendly and quick. 服务热情快捷。", "As required. 符合要求。", "")
SCENARIOS = (
    "Lunch for two, asked about spicy dishes / 两人午餐，询问辣味菜品",
    "Asked to change a broadband plan / 咨询更换宽带套餐",
    "Evening visit, bought everyday items / 傍晚到店购买日用品",
    "Asked how to renew a business licence / 咨询营业执照续期",
)


def _photo(rng: random.Random, label: str) -> bytes:
    w, h = 960, 720
    img = Image.new("RGB", (w, h), tuple(rng.randrange(60, 200) for _ in range(3)))
    draw = ImageDraw.Draw(img)
    for _ in range(12):
        x0, y0 = rng.randrange(w), rng.randrange(h)
        x1, y1 = sorted((x0, rng.randrange(w))), sorted((y0, rng.randrange(h)))
        draw.rectangle(
            (x1[0], y1[0], x1[1], y1[1]), fill=tuple(rng.randrange(256) for _ in range(3))
        )
    draw.rectangle((0, h - 60, w, h), fill=(0, 0, 0))
    draw.text((20, h - 45), label, fill=(255, 255, 255))
    out = io.BytesIO()
    img.save(out, "JPEG", quality=80)
    return out.getvalue()


def _signature(rng: random.Random) -> bytes:
    img = Image.new("RGBA", (480, 160), (255, 255, 255, 0))
    draw = ImageDraw.Draw(img)
    x, y = 30, 90
    points = [(x, y)]
    for _ in range(30):
        x += rng.randrange(8, 16)
        y = max(20, min(140, y + rng.randrange(-30, 31)))
        points.append((x, y))
    draw.line(points, fill=(20, 30, 120, 255), width=4, joint="curve")
    out = io.BytesIO()
    img.save(out, "PNG")
    return out.getvalue()


def _value(rng: random.Random, item: Item, good: float) -> object:
    ok = rng.random() < good
    if item.type == ItemType.CHECK:
        return "pass" if ok else "fail"
    if item.type == ItemType.RATING:
        assert item.scale
        lo, hi = item.scale.min, item.scale.max
        return rng.randint(max(lo, hi - 1), hi) if ok else rng.randint(lo, max(lo, hi - 2))
    if item.type == ItemType.CHOICE:
        best = max(item.options, key=lambda o: o.points)
        return best.id if ok else rng.choice(item.options).id
    if item.type == ItemType.MULTI:
        k = rng.randint(1, len(item.options))
        return [o.id for o in rng.sample(list(item.options), k)]
    if item.type == ItemType.NUMBER:
        return _number(rng, item, ok)
    if item.type == ItemType.TEXT:
        return rng.choice(
            (
                "Young man at the counter, badge 'Xiao Zhang' / 柜台年轻男店员，工牌小张",
                "Service was calm and clear. 服务平稳清楚。",
            )
        )
    if item.type == ItemType.DATE:
        return (datetime.now().date() - timedelta(days=rng.randrange(0, 30))).isoformat()
    if item.type == ItemType.TIME:
        return f"{rng.randrange(9, 21):02d}:{rng.randrange(60):02d}"
    if item.type == ItemType.SIGNATURE:
        return rng.choice(MANAGERS)
    return None


def _number(rng: random.Random, item: Item, ok: bool) -> str:
    rule = item.rule or (item.bands[0] if item.bands else None)
    if rule is None:
        return "1"
    lo = rule.min if rule.min is not None else (rule.max or Fraction(1)) / 3
    hi = rule.max if rule.max is not None else lo * 2 + 1
    if not ok:
        lo, hi = (hi, hi * Fraction(3, 2) + 1) if rule.max is not None else (lo / 2, lo)
    value = Fraction(lo) + (Fraction(hi) - Fraction(lo)) * Fraction(rng.randrange(0, 101), 100)
    if item.unit in ("count", "rings", "days"):
        return str(max(0, round(value)))
    return str(
        Decimal(value.numerator) / Decimal(value.denominator)
        if value.denominator in (1, 2, 4, 5, 10, 20, 25, 50, 100)
        else round(float(value), 1)
    )


def build_sites(rng: random.Random, industries: list[str]) -> list[Site]:
    sites: list[Site] = []
    n = 0
    for region, zh in REGIONS:
        for industry in industries:
            n += 1
            city = rng.choice(CITIES[region])
            code = f"{region[0]}{industry[:3].upper()}-{n:03d}"
            sites.append(
                Site(
                    code,
                    f"{city}{rng.choice(STREETS)}{SITE_NAMES[industry]}",
                    f"{region} {zh}",
                    industry,
                    f"{city}市{rng.choice(STREETS)}{rng.randrange(1, 999)}号",
                    f"{rng.choice(MANAGERS)} 138{rng.randrange(10**7, 10**8)}",
                )
            )
    return sites


def demo_auditor(store: Store) -> Auditor:
    """Who carries out the demo audits: the folder's profile auditor. A folder without a
    profile gets one, saved as its profile: the person its signing identity names when it
    has one (made with ``auditapp identity create``, say), the demo profile otherwise."""
    auditor = profile_auditor(store.settings)
    if auditor is not None:
        return auditor
    from auditapp.trust.identity import ALIAS, has_identity, show_identity

    auditor = DEMO_PROFILE
    if has_identity(store.data_dir):
        main = show_identity(store.data_dir)
        alias = (
            show_identity(store.data_dir, ALIAS) if has_identity(store.data_dir, ALIAS) else None
        )
        auditor = Auditor(main.common_name, main.serial_number, alias.common_name if alias else "")
    save_profile(store.settings, auditor.name, auditor.auditor_id, auditor.alias)
    return auditor


def ensure_demo_identity(store: Store) -> bool:
    """Create the demo profile's signing identities (main and alias) when the folder has no
    identity and its profile is the demo profile (or it has none yet); True if created.

    A folder with the user's own profile never gets the demo identity: it would sign the
    user's reports with another person's name.
    """
    from auditapp.trust.identity import ALIAS, create_identities, has_identity

    if has_identity(store.data_dir) or has_identity(store.data_dir, ALIAS):
        return False
    profile = load_profile(store.settings)
    d = DEMO_PROFILE
    if profile is not None and (profile["name"], profile["id"]) != (d.name, d.auditor_id):
        return False
    if profile is None:
        save_profile(store.settings, d.name, d.auditor_id, d.alias)
    alias = profile["alias"] if profile is not None else d.alias
    create_identities(
        store.data_dir, d.name, d.auditor_id, alias, DEMO_PASSPHRASE, "ServiceAudit demo"
    )
    return True


def load_demo(store: Store, seed: int = 7, audits: int = 36) -> tuple[int, int]:
    """Fill ``store`` with demo sites and audits; returns (sites, audits) created.

    The audits are by :func:`demo_auditor`: the folder's profile is never replaced.
    """
    by = demo_auditor(store)
    rng = random.Random(seed)
    by_industry: dict[str, list[tuple[str, Form]]] = {}
    for digest, form in store.forms.latest():
        by_industry.setdefault(form.industry, []).append((digest, form))
    sites = build_sites(rng, sorted(by_industry))
    store.sites.upsert_many(sites)
    today = datetime.now().astimezone().replace(hour=0, minute=0, second=0, microsecond=0)
    start = today - timedelta(days=60)
    for n in range(audits):
        site = sites[n % len(sites)] if n < len(sites) else rng.choice(sites)
        digest, form = rng.choice(by_industry[site.industry])
        rng.choice(AUDITORS)  # drawn as before, so a seed still gives the same data
        auditor = by
        when = start + timedelta(
            days=60 * n // audits, hours=rng.randrange(9, 19), minutes=rng.randrange(60)
        )
        ctx = (
            VisitContext(
                rng.choice(SCENARIOS),
                when.isoformat(timespec="minutes"),
                f"R{rng.randrange(10**7, 10**8)}",
                "",
            )
            if form.kind.value == "mystery_shop"
            else VisitContext()
        )
        audit = store.audits.create(
            digest, site.code, auditor, ctx, created_at=when.isoformat(timespec="seconds")
        )
        finished = n % 5 != 4  # every fifth audit stays in progress
        _fill(
            store, rng, audit.id, form, auditor.name, finished, good=rng.choice((0.75, 0.85, 0.95))
        )
        if finished:
            store.audits.complete(audit.id, auditor.name)
    return len(sites), audits


def _fill(
    store: Store,
    rng: random.Random,
    audit_id: str,
    form: Form,
    actor: str,
    finished: bool,
    good: float,
) -> None:
    answers: dict[str, Answer] = {}
    items = form.items()
    stop = len(items) if finished else rng.randrange(len(items) // 3, len(items) * 2 // 3)
    for item in items[:stop]:
        if not visible_items(form, answers)[item.id]:
            continue
        if item.allow_na and rng.random() < 0.08:
            store.audits.set_na(audit_id, item.id, True, actor)
            answers[item.id] = Answer(item.id, None, True)
            continue
        if item.type == ItemType.PHOTO:
            store.photos.ingest(
                audit_id,
                _photo(rng, f"{form.id} {item.id}"),
                item.id,
                actor,
                caption=item.prompt.en[:60],
                name=f"{item.id}.jpg",
            )
            answers[item.id] = Answer(item.id, None, False, "", 1)
            continue
        raw = _value(rng, item, good)
        store.audits.set_answer(audit_id, item.id, raw, actor)
        if item.type == ItemType.SIGNATURE:
            store.photos.ingest(
                audit_id,
                _signature(rng),
                item.id,
                actor,
                caption=f"Signature / 签名: {raw}",
                name="signature.png",
            )
        ans = Answer(item.id, parse_value(item, raw))
        failed = item.scored and item_fraction(item, ans) == 0
        need = evidence_missing(item, ans, failed)
        comment = rng.choice(FAIL_COMMENTS) if failed else rng.choice(PASS_COMMENTS)
        if "comment" in need or (comment and rng.random() < 0.3):
            store.audits.set_comment(audit_id, item.id, comment or FAIL_COMMENTS[0], actor)
        if "photo" in need:
            store.photos.ingest(
                audit_id,
                _photo(rng, f"evidence {item.id}"),
                item.id,
                actor,
                caption="Evidence / 证据",
                name=f"{item.id}.jpg",
            )
        if failed and finished and rng.random() < 0.5:
            due = (datetime.now().date() + timedelta(days=rng.choice((7, 14, 30)))).isoformat()
            store.signoff.add_action(
                audit_id,
                item.id,
                "Retrain staff and re-check / 培训员工并复查",
                rng.choice(MANAGERS),
                due,
                actor,
            )
        answers[item.id] = ans
    if finished:
        store.signoff.sign(audit_id, "auditor", actor, _signature(rng), actor)
        manager, drawing = rng.choice(MANAGERS), _signature(rng)  # drawn either way: same data
        if SignerRole.SITE_REPRESENTATIVE in form.required_signatures:  # never on a covert shop
            store.signoff.sign(audit_id, "site_representative", manager, drawing, actor)
