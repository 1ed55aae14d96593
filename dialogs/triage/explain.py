"""`madoguchi triage --explain`: what the classifier read in a message and why, for staff."""

from __future__ import annotations

import json

from .classifier import Explanation


def render(text: str, explanation: Explanation) -> str:
    """A few plain lines: the result, then each entry that matched (file, line, how) and what happened to it."""
    result = explanation.result
    lines = [json.dumps(result.to_json_dict(), ensure_ascii=False),
             f"  message: {text}",
             f"  read as: {result.lang} (keywords tried: {', '.join(explanation.languages) or 'none'})"]
    if not explanation.evidence:
        lines.append("  no keyword matched")
    for lang, item in explanation.evidence:
        status = item.excluded_by or "counts"
        lines.append(f"  {item.label:<17} {lang}.yaml:{item.line:<5} '{item.entry}' ({item.kind}) → {status}")
    for label, targets in explanation.implied:
        lines.append(f"  {label} also gives {', '.join(targets)} (_shared.yaml)")
    model = explanation.model
    if model.get("note"):
        lines.append(f"  learned backstop: {model['note']}")
    elif model:
        scores = ", ".join(f"{label} {value:.2f}" for label, value in sorted(model["probabilities"].items()))
        lines.append(f"  learned backstop: {scores}")
        for label, features in model.get("because", {}).items():
            grams = ", ".join(f"'{feature}' {weight:+.2f}" for feature, weight in features)
            lines.append(f"    raises possible {label} because of: {grams}")
    elif not result.crisis:
        lines.append("  learned backstop: not loaded")
    else:
        lines.append("  learned backstop: not needed (the keywords found a crisis)")
    return "\n".join(lines)
