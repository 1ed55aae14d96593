"""The follow-up questions (followups.yaml) as a form: each question's Japanese wording, when it is asked, its
answers (wording, the crisis sign an answer is, what a typed yes/no means, words that already answer it), the
order, removing one, and adding one — written back as YAML after every field is checked."""
import json
import re

import yaml

from bot.admin.dialogs.form_data import SIGNALS
from bot.staff.labels import TOPICS
from handlers.problems import Problem

ASK_WHEN = (*TOPICS, "always")
KEY = re.compile(r"^[a-z][a-z0-9_]{1,30}$")
NEW_OPTIONS = 4  # blank answers offered for a new question


def _q(value) -> str:
    return json.dumps(value, ensure_ascii=False)


def followup_values(text: str, catalog) -> dict:
    """followups.yaml as form values, with the Japanese texts of its messages."""
    data = yaml.safe_load(text) or {}

    def said(msg_id: str) -> str:
        return catalog.raw("ja", msg_id) if msg_id in catalog.ids() else ""

    questions = []
    for q in data.get("questions") or []:
        options = [{"label": o.get("label", ""), "label_text": said(o.get("label", "")), "value": str(o.get("value", "")),
                    "crisis": o.get("crisis") or "", "means": o.get("means") or "",
                    "words": ", ".join(o.get("words") or [])} for o in q.get("options") or []]
        questions.append({"id": q.get("id", ""), "prompt": q.get("prompt", ""), "prompt_text": said(q.get("prompt", "")),
                          "ask_when": list(q.get("ask_when") or []), "options": options})
    return {"max_questions": str(data.get("max_questions", 4)), "questions": questions}


def followups_yaml(form, count: int) -> tuple[str, dict[str, str], list[Problem]]:
    """The form (*count* questions, a last blank one may add a question) as followups.yaml, the Japanese texts to
    store as messages, and what could not be read."""
    problems: list[Problem] = []
    texts: dict[str, str] = {}
    chosen = []
    for i in range(count + 1):
        get = lambda key, i=i: (form.get(f"q{i}:{key}") or "").strip()  # noqa: E731
        new = i == count
        if get("delete") or (new and not (get("id") or get("prompt_text"))):
            continue
        qid = get("id")
        where = get("prompt_text")[:20] or qid or f"{i + 1}番目の質問"
        if not KEY.match(qid):
            problems.append(Problem("form.bad_key", line_name=where, value=qid[:30]))
            continue
        if not get("prompt_text"):
            problems.append(Problem("form.required", field=f"「{where}」の質問の文"))
            continue
        prompt = get("prompt") or f"q.{qid}"
        texts[prompt] = get("prompt_text")
        ask = [t for t in ASK_WHEN if form.get(f"q{i}:ask:{t}")]
        if not ask:
            problems.append(Problem("form.required", field=f"「{where}」を聞くとき"))
        options = []
        for j in range(int(get("options") or 0) + (NEW_OPTIONS if new else 0)):
            oget = lambda key, j=j: get(f"o{j}:{key}")  # noqa: E731
            if not (oget("label_text") or oget("value")):
                continue
            value = oget("value")
            if not KEY.match(value):
                problems.append(Problem("form.bad_key", line_name=f"{where}の答え「{oget('label_text')[:20]}」",
                                        value=value[:30]))
                continue
            label = oget("label") or f"a.{qid}.{value}"
            if not oget("label_text"):
                problems.append(Problem("form.required", field=f"{where}の答え「{value}」の文"))
                continue
            texts[label] = oget("label_text")
            fields = [f"label: {label}", f"value: {value}"]
            if oget("means") in ("yes", "no"):
                fields.append(f'means: "{oget("means")}"')
            if oget("crisis") in SIGNALS:
                fields.append(f"crisis: {oget('crisis')}")
            words = [w.strip() for w in re.split(r"[,、\n]+", oget("words")) if w.strip()]
            if words:
                fields.append(f"words: [{', '.join(_q(w) for w in words)}]")
            options.append("      - {" + ", ".join(fields) + "}")
        if not options:
            problems.append(Problem("form.required", field=f"「{where}」の答え"))
            continue
        order = int(get("order")) if get("order").isdigit() else i + 1
        # among equal numbers, a question given that number (moved or new) goes before the one that had it
        chosen.append((order, 0 if order != i + 1 else 1, i,
                       [f"  - id: {qid}", f"    ask_when: [{', '.join(ask)}]", f"    prompt: {prompt}",
                        "    options:"] + options))
    most = form.get("max_questions", "4").strip()
    if not most.isdigit() or not 0 <= int(most) <= 10:
        problems.append(Problem("form.bad_number", field="一度に聞く質問の数", value=most[:10]))
        most = "4"
    lines = ["# 最初のメッセージのあとに聞く質問。内容（ask_when）に合うものを、上から順に max_questions まで聞きます。",
             "# この内容は「会話の編集」の入力欄から作られています。", f"max_questions: {int(most)}", "questions:"]
    for *_place, block in sorted(chosen):
        lines += block
    return "\n".join(lines) + "\n", texts, problems


def values_from_form(form, count: int) -> dict:
    """The follow-up form as typed (shown again when something could not be read, so nothing is lost)."""
    questions = []
    for i in range(count + 1):
        get = lambda key, i=i: form.get(f"q{i}:{key}", "")  # noqa: E731
        n = int(get("options") or 0) if str(get("options")).isdigit() else 0
        options = [{key: get(f"o{j}:{key}") for key in ("label", "label_text", "value", "crisis", "means", "words")}
                   for j in range(n + (NEW_OPTIONS if i == count else 0))]
        question = {"id": get("id"), "prompt": get("prompt"), "prompt_text": get("prompt_text"),
                    "ask_when": [t for t in ASK_WHEN if form.get(f"q{i}:ask:{t}")], "options": options,
                    "order": get("order")}
        if i < count or question["id"] or question["prompt_text"]:
            questions.append(question)
    return {"max_questions": form.get("max_questions", ""), "questions": questions}
