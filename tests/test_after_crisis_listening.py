"""After a crisis answer the bot still listens: what a resident asks (cannot phone, hide this chat, talk here, a
visit together, what to do, a goodbye) is answered, a new problem is kept for the counselor, and the holding words
are the answer only when nothing else applies — never the same bubble twice in a row."""
import pytest
from sqlalchemy import select

from storage.models import Conversation
from storage.models import Resident as ResidentRow
from tests.support import Resident, move_clock_to

TUESDAY_AFTERNOON = "2026-11-24T15:00:00+09:00"
HOLDING = ("書いてくださって、ありがとうございます。", "読んでいます。続けて書いても大丈夫です。",
           "そうだったんですね。話してくださってありがとうございます。")
CHAT_LINE = "https://talkme.jp/"


def after_a_crisis_answer(app, fake_line, words="もう死にたい", lang=None) -> Resident:
    move_clock_to(TUESDAY_AFTERNOON)
    resident = Resident(app, fake_line)
    if lang:
        resident.follow()
        with resident.runtime.db.session() as s:
            row = s.scalars(select(ResidentRow).where(ResidentRow.external_id == resident.user)).one()
            row.lang, row.lang_source = lang, "chosen"
    resident.say(words)
    return resident


def conversation(resident: Resident) -> Conversation:
    with resident.runtime.db.session() as s:
        row = s.scalars(select(ResidentRow).where(ResidentRow.external_id == resident.user)).one()
        return s.scalars(select(Conversation).where(Conversation.resident_id == row.id)).one()


def holding_only(answer: str) -> bool:
    return any(h in answer for h in HOLDING) and CHAT_LINE not in answer


@pytest.mark.parametrize("words", ["電話は苦手だ", "電話できないんです、声が出なくて", "耳が聞こえないので電話は無理です"])
def test_a_resident_who_cannot_phone_after_a_crisis_answer_gets_the_chat_line_and_how_writing_here_works(
        app, fake_line, words):
    resident = after_a_crisis_answer(app, fake_line)
    answer = resident.texts(resident.say(words))
    assert CHAT_LINE in answer and "（24時間）" in answer
    assert "相談員が順番に読んで" in answer  # honest: a counselor reads it, in turn
    assert not holding_only(answer)


def test_a_korean_resident_whose_husband_would_hear_a_call_gets_the_chat_line_in_korean(app, fake_line):
    resident = after_a_crisis_answer(app, fake_line, "죽고 싶어요")
    answer = resident.texts(resident.say("전화는 못 해요. 남편이 들어요"))
    assert CHAT_LINE in answer and "글로 상담" in answer
    assert "적어 주셔서 고마워요" not in answer


def test_a_resident_whose_phone_is_checked_is_told_how_to_delete_the_chat_and_what_the_centre_keeps(app, fake_line):
    resident = after_a_crisis_answer(app, fake_line)
    answer = resident.texts(resident.say("スマホを見られるので、この会話を消したい"))
    assert "トーク一覧" in answer and "削除" in answer  # on their own phone
    assert "データベースに安全に保管" in answer
    assert not holding_only(answer)
    assert resident.buttons()[0] == "記録について" and "ここで話す" in resident.buttons()  # still in the crisis step
    resident.tap("記録について")
    assert "記録を消してほしい" in resident.buttons()  # the centre's own deletion request


def test_typing_koko_de_hanashitai_is_the_talk_here_button(app, fake_line):
    typed = after_a_crisis_answer(app, fake_line)
    typed_answer = resident_texts = typed.texts(typed.say("ここで話したい"))
    tapped = after_a_crisis_answer(app, fake_line)
    tapped_answer = tapped.texts(tapped.tap("ここで話す"))
    assert "はい、ここで聞きます" in typed_answer and typed_answer == tapped_answer
    assert not holding_only(resident_texts)


def test_asking_in_spanish_to_go_to_the_office_with_someone_after_a_crisis_answer_starts_a_visit(app, fake_line):
    resident = after_a_crisis_answer(app, fake_line, "Quiero morir")
    answer = resident.texts(resident.say("Puedo ir con alguien a la oficina?"))
    assert "Gracias por escribir" not in answer and "Hola." not in answer
    assert conversation(resident).state in ("visit", "my_visit")


def test_what_to_do_about_a_friend_in_crisis_gets_how_to_be_with_them(app, fake_line):
    resident = after_a_crisis_answer(app, fake_line, "友達が死にたいって言ってる")
    answer = resident.texts(resident.say("どうすればいいべ"))
    assert "ひとりにしないで" in answer and "119" in answer
    assert not holding_only(answer)


def test_a_new_problem_of_their_own_after_a_crisis_answer_is_kept_for_the_counselor(app, fake_line):
    resident = after_a_crisis_answer(app, fake_line, "友達が死にたいって言ってる")
    answer = resident.texts(resident.say("おらも足わりくて買い物さ行げねぇ"))
    assert "体や心のこと、受け取りました" in answer
    conv = conversation(resident)
    assert "health" in (conv.data.get("topics") or [])
    assert "おらも足わりくて買い物さ行げねぇ" in conv.data.get("words", [])


@pytest.mark.parametrize("goodbye", ["んだば、また", "へばね", "ほな、またね"])
def test_a_dialect_goodbye_after_a_crisis_answer_is_a_goodbye_with_the_24_hour_lines(app, fake_line, goodbye):
    resident = after_a_crisis_answer(app, fake_line)
    answer = resident.texts(resident.say(goodbye))
    assert "また、いつでもここに書いてください" in answer and "0120-279-338" in answer
    assert not holding_only(answer)


def test_the_same_holding_bubble_is_never_sent_twice_in_a_row(app, fake_line):
    resident = after_a_crisis_answer(app, fake_line)
    previous: set[str] = set()
    for words in ["つらい", "つらい", "ずっと前から", "しんどい", "うん", "なんとなく", "そう"]:
        bubbles = {m.get("text") for m in resident.say(words)}
        assert not bubbles & previous, bubbles & previous
        previous = bubbles
    assert resident.buttons()[:2] == ["ここで話す", "相談窓口"]


def test_thanks_and_feeling_calmer_after_suicidal_words_keeps_the_lines_and_says_the_counselor_will_answer_here(
        app, fake_line):
    resident = after_a_crisis_answer(app, fake_line, "死にたい")
    assert conversation(resident).status == "waiting"  # the crisis answer told a counselor
    answer = resident.texts(resident.say("ありがとう、少し落ち着いた"))
    assert "どういたしまして" not in answer
    assert "落ち着けたなら" in answer and "0120-279-338" in answer and CHAT_LINE in answer
    assert "ここに返事が届きます" in answer
    assert "相談員と話すこともできます" not in answer  # not offered what is already on its way


def test_a_plain_goodbye_at_a_follow_up_step_is_not_asked_about_suicide(resident):
    move_clock_to(TUESDAY_AFTERNOON)
    resident.say("家賃を滞納しています")
    resident.tap("これでOK")
    assert conversation(resident).state == "followup"
    answer = resident.texts(resident.say("もういいです、さようなら"))
    assert "死にたいほど" not in answer
    assert "ここで終わりにしますね" in answer
    # words beyond the goodbye are still asked about
    other = Resident(resident.app, resident.fake)
    other.say("家賃を滞納しています")
    other.tap("これでOK")
    assert "死にたいほど" in other.texts(other.say("もう疲れた、さようなら"))


@pytest.mark.parametrize("goodbye", ["もういいよ、ばいばい", "もういいです。ありがとう、さようなら"])
def test_a_goodbye_with_a_sentence_ending_is_not_a_suspicion_either(resident, goodbye):
    move_clock_to(TUESDAY_AFTERNOON)
    resident.say("家賃を滞納しています")
    assert "死にたいほど" not in resident.texts(resident.say(goodbye))


@pytest.mark.parametrize("lang, words, visit", [
    ("pt-BR", "Posso ir com alguém ao escritório?", True), ("en", "Can someone come with me to the city hall?", True),
])
def test_asking_for_a_visit_together_after_a_crisis_answer_starts_a_visit_in_other_languages(app, fake_line, lang, words, visit):
    crisis_words = {"pt-BR": "Quero morrer", "en": "I want to die"}[lang]
    resident = after_a_crisis_answer(app, fake_line, crisis_words, lang=lang)
    resident.say(words)
    assert (conversation(resident).state in ("visit", "my_visit")) is visit
