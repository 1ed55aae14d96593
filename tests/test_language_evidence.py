"""Only words change the language a resident is answered in: an address, markup, a name, a letter string or
one tiny word ("OK", "NG") is no evidence of any language, so a Japanese resident is neither switched nor asked;
a sentence in another language still is. And a wish ("I want to …") is not read as a wish to die."""
import pytest

from storage.models import Resident as ResidentRow


def _lang(runtime, user):
    with runtime.db.session() as session:
        return session.query(ResidentRow).filter_by(external_id=user).one().lang


@pytest.mark.parametrize("written", ["https://example.com/kyuyo", "OK", "NG", "PayPay", "LINE", "x" * 6000,
                                     "<script>alert(1)</script>", "sato@example.com"])
def test_a_japanese_resident_who_writes_no_words_of_another_language_stays_in_japanese(new_resident, runtime,
                                                                                       written):
    resident = new_resident()
    resident.follow()
    resident.say("お金がないです")
    assert _lang(runtime, resident.user) == "ja"
    resident.say(written)
    answer = resident.texts()
    assert _lang(runtime, resident.user) == "ja"
    assert "Shall we talk" not in answer and "Vamos conversar" not in answer and "Mag-usap" not in answer
    assert any("\u3040" <= ch <= "\u30ff" for ch in answer)  # still answered in Japanese


def test_a_sentence_in_another_language_still_switches(new_resident, runtime):
    resident = new_resident()
    resident.follow()
    resident.say("お金がないです")
    resident.say("Sorry, I cannot read Japanese well. I lost my job and I have no money.")
    assert _lang(runtime, resident.user) == "en"


@pytest.mark.parametrize("wish", ["I want to talk to a person", "I want to book a visit", "I want to work",
                                  "I want to change my appointment", "Quiero hablar con una persona",
                                  "Tôi muốn đặt lịch hẹn", "我想预约", "予約したいです"])
def test_an_ordinary_wish_is_not_asked_about_suicide(bundle, wish):
    result = bundle.classifier.classify(wish)
    assert not result.crisis and not result.possible
