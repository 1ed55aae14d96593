"""Who the resident lives with, typed in any of the 14 languages (found by a tester: the household question's answer
words existed in 9): a reply naming it at a follow-up question is filed as the household answer, and the household
question is not asked later."""
import pytest
from sqlalchemy import select

from storage.models import Conversation
from tests.support import move_clock_to

pytestmark = pytest.mark.wordings  # the parameters change only the words: CI's PostgreSQL pass runs the first

MONDAY_10AM = "2026-12-07T10:00:00+09:00"
NO_MONEY = {"ja": "お金がなくて困ってる", "ja-easy": "おかね が ありません", "en": "I have no money", "es": "perdí mi trabajo",
            "pt-BR": "não tenho dinheiro", "vi": "tôi không có tiền", "tl": "wala akong pera", "id": "saya tidak punya uang",
            "zh-Hans": "我没有钱", "zh-Hant": "我沒有錢", "ko": "돈이 없어요", "th": "ฉันไม่มีเงิน", "my": "ငွေမရှိဘူး",
            "ne": "मसँग पैसा छैन"}
REPLIES = [
    ("ja", "ひとりです", "alone"), ("ja-easy", "こども と すんでいます", "with_children"), ("en", "with my husband", "with_family"),
    ("es", "con mis hijos", "with_children"), ("pt-BR", "moro sozinha", "alone"), ("vi", "tôi sống với con", "with_children"),
    ("tl", "kasama ko ang asawa ko", "with_family"), ("id", "tinggal sendiri", "alone"), ("zh-Hans", "和老公一起住", "with_family"),
    ("zh-Hant", "我一個人住", "alone"), ("ko", "혼자 살아요", "alone"), ("th", "อยู่กับลูกสาว", "with_children"),
    ("th", "อยู่คนเดียว", "alone"), ("my", "ကလေးနှစ်ယောက်နဲ့ နေပါတယ်", "with_children"), ("my", "မိသားစုနဲ့ နေတယ်", "with_family"),
    ("ne", "म एक्लै बस्छु", "alone"), ("ne", "श्रीमान र छोराछोरीसँग", "with_children"), ("ko", "남편이랑 살아요", "with_family"),
    ("th", "ดูแลแม่ที่ป่วย", "caring"), ("ne", "आमाको हेरचाह गर्छु", "caring"),
]


def _answers(runtime) -> dict:
    with runtime.db.session() as s:
        return dict(s.scalars(select(Conversation).order_by(Conversation.id.desc())).first().data or {}).get("answers", {})


@pytest.mark.parametrize("lang, reply, value", REPLIES)
def test_who_the_resident_lives_with_in_their_language_is_filed_as_the_household(resident, runtime, fake_line,
                                                                                  lang, reply, value):
    move_clock_to(MONDAY_10AM)
    fake_line.state.languages[resident.user] = lang
    resident.follow()
    resident.say(NO_MONEY[lang])
    resident.postback("t=done&s=topics")
    resident.say(reply)
    assert (_answers(runtime).get("household") or {}).get("value") == value, (_answers(runtime), resident.texts())


def test_every_language_has_household_words_for_each_answer(bundle):
    from handlers.word_sets import fold, folded_word_set

    household = next(q for q in bundle.questions.questions if q.id == "household")
    for lang, reply, value in REPLIES:
        words = tuple(w for w, v in household.replies if v == value)
        assert folded_word_set(words, True).found_in(fold(reply)), (lang, reply)
