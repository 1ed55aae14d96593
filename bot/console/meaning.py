"""What a counselor who reads only Japanese needs beside a message in another language: its Japanese meaning from
the centre's translation service when one is configured, otherwise what the triage reads in it (topics, crisis
signs) — and the counselor's reply as the resident will read it."""
from bot.staff.labels import CRISIS, TOPICS
from handlers import languages

JAPANESE = ("ja", "ja-easy")


def _read(rt, text: str, resident_lang: str | None):
    """The message's language and the triage's whole reading of it (classified once)."""
    found = rt.services.classify(text, resident_lang)
    return languages.from_triage_tag(found.lang) or resident_lang, found


def add_meanings(rt, messages: list[dict], resident_lang: str | None) -> None:
    """Give each resident's text not in Japanese a 'meaning': the translation ("translated", with the service's
    host) or, without a service or when it fails, the topics and signs the triage reads in it ("clues")."""
    foreign = []
    for message in messages:
        if message["sender"] != "resident" or message.get("kind", "text") != "text" or message.get("redacted"):
            continue
        text = (message.get("text") or "").strip()
        if not text:
            continue
        lang, found = _read(rt, text, resident_lang)
        if lang and lang not in JAPANESE:
            foreign.append((message, text, lang, found))
    translated: list[str | None] = [None] * len(foreign)
    if rt.translator and foreign:
        by_lang: dict[str, list[int]] = {}
        for i, (_m, _t, lang, _f) in enumerate(foreign):
            by_lang.setdefault(lang, []).append(i)
        for lang, indexes in by_lang.items():
            for i, meaning in zip(indexes, rt.translator.translate_all([foreign[i][1] for i in indexes], lang, "ja"),
                                  strict=True):
                translated[i] = meaning
    for (message, _text, lang, found), meaning in zip(foreign, translated, strict=True):
        if meaning:
            message["meaning"] = {"kind": "translated", "text": meaning, "via": rt.translator.host, "lang": lang}
        else:
            message["meaning"] = {"kind": "clues", "lang": lang, "failed": bool(rt.translator),
                                  "topics": [TOPICS.get(t, t) for t in sorted(found.topics)],
                                  "crisis": [CRISIS.get(c, c) for c in sorted(found.crisis)]}


def reply_preview(rt, text: str, resident_lang: str | None) -> dict:
    """The counselor's Japanese draft in the resident's language, for them to check and use or not."""
    if not rt.translator:
        return {"available": False}
    if not resident_lang or resident_lang in JAPANESE:
        return {"available": True, "same": True}
    out = rt.translator.translate(text, "ja", resident_lang)
    return {"available": True, "text": out, "lang": resident_lang, "via": rt.translator.host, "failed": out is None}
