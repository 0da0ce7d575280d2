"""Small forms used by the scoring and store tests (built in code, not shipped)."""

from __future__ import annotations

from auditapp.core.forms import parse_form

WORKED = """
format: 1
id: worked-example
version: {version}
kind: inspection
industry: restaurant
title: {{en: Worked example, zh: 示例}}
scoring:
  critical_policy: {policy}
  {cap}
  pass_percent: 80
  grades:
    - {{grade: A, min: 90, label: {{en: Excellent, zh: 优秀}}}}
    - {{grade: B, min: 80, label: {{en: Good, zh: 良好}}}}
    - {{grade: C, min: 60, label: {{en: Fair, zh: 一般}}}}
    - {{grade: D, min: 0, label: {{en: Poor, zh: 差}}}}
sections:
  - id: service
    title: {{en: Service, zh: 服务}}
    weight: 2
    items:
      - {{id: greet, type: check, clause: RST-1.1, points: 2, prompt: {{en: Greeted, zh: 问候}}}}
      - id: attitude
        type: rating
        clause: RST-1.2
        allow_na: true
        scale: {{min: 1, max: 5}}
        prompt: {{en: Attitude, zh: 态度}}
  - id: clean
    title: {{en: Cleanliness, zh: 清洁}}
    items:
      - {{id: hygiene, type: check, clause: RST-1.3, critical: true, prompt: {{en: Hygiene, zh: 卫生}}}}
      - {{id: wait, type: number, clause: RST-1.4, unit: min, timer: true, rule: {{max: 15}}, prompt: {{en: Wait, zh: 等待}}}}
      - id: tables
        type: choice
        clause: RST-1.5
        points: 2
        prompt: {{en: Tables, zh: 桌面}}
        options:
          - {{id: clean, label: {{en: Clean, zh: 干净}}, points: 2}}
          - {{id: partly, label: {{en: Partly, zh: 部分}}, points: 1}}
          - {{id: dirty, label: {{en: Dirty, zh: 脏}}, points: 0}}
        evidence: {{photo: required_on_failure, comment: required_on_failure}}
      - {{id: notes, type: text, required: false, prompt: {{en: Notes, zh: 备注}}}}
      - {{id: why_dirty, type: text, prompt: {{en: Why, zh: 原因}}, visible_if: {{item: tables, in: [partly, dirty]}}}}
"""


def worked_form(policy: str = "cap", version: int = 1):
    cap = "cap_percent: 60" if policy == "cap" else ""
    return parse_form(WORKED.format(policy=policy, cap=cap, version=version), None, "worked.yaml")
