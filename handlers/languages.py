"""The language registry (locales/languages.yaml): codes, Babel locales, native names, LINE tags."""
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

LOCALES_DIR = Path(__file__).resolve().parent.parent / "locales"
SOURCE = "ja"
# resident.lang_source of a language read from a newcomer's short message that several languages write ("ok",
# "hi", "Oi"): answered in it, but LINE's profile, asked after the answer, corrects it (bot/line/inbox.py)
GUESSED = "guessed"


@dataclass(frozen=True)
class Language:
    """One language a resident can use."""

    code: str
    babel: str
    native: str
    line: tuple[str, ...]
    staff: str = "none"  # who speaks it at the centre: speaks, interpreter or none
    when: str = "{day} {time}"  # a day and a time as they read in a sentence ("{day} a las {time}")


@lru_cache(maxsize=1)
def languages() -> tuple[Language, ...]:
    """All supported languages, in menu order."""
    rows = yaml.safe_load((LOCALES_DIR / "languages.yaml").read_text(encoding="utf-8"))
    return tuple(Language(r["code"], r["babel"], r["native"], tuple(r.get("line") or ()), str(r.get("staff") or "none"),
                          str(r.get("when") or "{day} {time}")) for r in rows)


def codes() -> list[str]:
    """The language codes, Japanese first."""
    return [lang.code for lang in languages()]


def get(code: str | None) -> Language:
    """The language for *code*, or Japanese when unknown."""
    for lang in languages():
        if lang.code == code:
            return lang
    return languages()[0]


def from_line_tag(tag: str | None) -> str | None:
    """Map a LINE profile language tag (BCP 47) to our code, or None when we do not speak it."""
    if not tag:
        return None
    low = tag.lower()
    for lang in languages():
        if low in (t.lower() for t in lang.line):
            return lang.code
    primary = low.split("-")[0]
    for lang in languages():
        if primary in (t.lower() for t in lang.line):
            return lang.code
    return None


_TRIAGE_TO_CODE = {"zh": "zh-Hans", "pt": "pt-BR", "fil": "tl"}


def from_triage_tag(tag: str | None, text: str = "") -> str | None:
    """Map the classifier's primary language tag to our code (Chinese in traditional characters, from *text*:
    zh-Hant)."""
    if not tag:
        return None
    code = _TRIAGE_TO_CODE.get(tag, tag)
    if code == "zh-Hans" and text and written_in_traditional(text):
        code = "zh-Hant"
    return code if code in codes() else None


# Common characters written differently in the two scripts (traditional, simplified): what a message holds more
# of tells its script; characters the scripts share say nothing.
# pairs of one character in each script (traditional, simplified)
_PAIRS = ("們们 這这 說说 個个 為为 麼么 嗎吗 沒没 錢钱 來来 會会 時时 後后 過过 還还 對对 樣样 裡里 買买 賣卖 "
          "錯错 號号 應应 當当 從从 與与 關关 開开 門门 問问 題题 幫帮 謝谢 請请 讓让 現现 覺觉 東东 車车 飯饭 "
          "電电 話话 經经 濟济 愛爱 學学 習习 歲岁 實实 際际 談谈 語语 認认 識识 壓压 憂忧 鬱郁 難难 辦办 處处 "
          "務务 險险 醫医 藥药 媽妈 氣气 間间 點点 給给 幾几 長长 於于 見见 聽听 親亲 離离 婦妇 資资 費费 債债 "
          "貸贷 銀银 業业 員员 勞劳 動动 發发 歡欢 鄰邻 孫孙 兒儿 邊边 麵面 熱热 寫写 讀读 ")
_TRADITIONAL = {pair[0] for pair in _PAIRS.split()}
_SIMPLIFIED = {pair[1] for pair in _PAIRS.split()}
_TRADITIONAL, _SIMPLIFIED = _TRADITIONAL - _SIMPLIFIED, _SIMPLIFIED - _TRADITIONAL


def written_in_traditional(text: str) -> bool:
    """True when *text* holds more traditional-only than simplified-only Chinese characters."""
    traditional = sum(ch in _TRADITIONAL for ch in text)
    return traditional > 0 and traditional > sum(ch in _SIMPLIFIED for ch in text)


EASY_SPACES = 2  # words set apart by spaces, as Easy Japanese is taught and written (わかち書き)
EASY_KANJI_SHARE = 0.2  # of the Japanese letters: more kanji than this is ordinary written Japanese


def written_in_easy_japanese(text: str) -> bool:
    """Japanese written the way a learner writes it: words set apart by spaces, mostly kana (「わたしは にほんごが
    すこし わかります」) — the answer should come in Easy Japanese (やさしい日本語)."""
    words = text.replace("\u3000", " ").split()
    letters = [c for c in text if "\u3040" <= c <= "\u30ff" or "\u4e00" <= c <= "\u9fff"]
    if len(words) <= EASY_SPACES or len(letters) < 6:
        return False
    kanji = sum(1 for c in letters if "\u4e00" <= c <= "\u9fff")
    japanese_words = sum(1 for w in words if any("\u3040" <= c <= "\u30ff" or "\u4e00" <= c <= "\u9fff" for c in w))
    return japanese_words > EASY_SPACES and kanji <= EASY_KANJI_SHARE * len(letters)
