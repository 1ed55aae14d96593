"""Residents who type (rather than tap) at the records' steps: the words answer as the buttons do, a data request
is understood from any step, and the whole notice never comes twice in a row."""
from sqlalchemy import select

from storage.models import DataRequest
from tests.booking_helpers import add_slot, book_in_chat

NOTICE_JA = "相談の記録について"
NOTICE_EN = "About the records of your consultation"


def _requests(runtime):
    with runtime.db.session() as session:
        return [(r.kind, r.status) for r in session.scalars(select(DataRequest).order_by(DataRequest.id))]


def _english(new_resident, fake_line):
    someone = new_resident()
    fake_line.state.languages[someone.user] = "en"
    someone.follow()
    return someone


def test_a_resident_who_types_delete_everything_at_the_notice_is_asked_to_confirm_and_yes_deletes(runtime, resident):
    resident.follow()
    resident.say("私の情報はどうなっていますか")
    assert NOTICE_JA in resident.texts()
    resident.say("私のデータを全部消してください")
    assert NOTICE_JA not in resident.texts() and "本当に消しますか" in resident.texts()
    resident.say("はい")
    assert "受け付けました" in resident.texts() and NOTICE_JA not in resident.texts()
    assert _requests(runtime) == [("erasure", "open")]


def test_a_resident_who_types_that_they_want_to_see_what_is_left_gets_a_copy_request(runtime, resident):
    resident.follow()
    resident.say("私のデータを消してください")
    resident.say("やっぱり…何が残っているか見たいです")
    assert NOTICE_JA not in resident.texts() and "写し" in resident.texts()
    assert _requests(runtime) == [("access", "open")]


def test_a_bare_yes_or_unclear_words_at_the_notice_ask_which_without_the_notice_again(runtime, resident):
    resident.follow()
    resident.say("個人情報について知りたい")
    for words in ("はい", "うーん", "はい"):
        resident.say(words)
        assert NOTICE_JA not in resident.texts()
        assert {"記録を見たい", "記録を消してほしい"} <= set(resident.buttons())
    assert _requests(runtime) == []


def test_no_at_the_notice_keeps_the_records(runtime, resident):
    resident.follow()
    resident.say("個人情報について知りたい")
    resident.say("いいえ")
    assert "消しません" in resident.texts() or "そのまま" in resident.texts()
    assert _requests(runtime) == []


def test_a_typed_delete_at_the_confirmation_deletes_but_a_negated_one_does_not(runtime, new_resident, fake_line):
    someone = _english(new_resident, fake_line)
    someone.say("Please delete my data")
    someone.say("no, don't delete it")
    assert _requests(runtime) == []
    someone.say("yes delete everything")
    assert NOTICE_EN not in someone.texts() and "cannot be undone" in someone.texts()
    someone.say("yes delete everything")
    assert NOTICE_EN not in someone.texts()
    assert _requests(runtime) == [("erasure", "open")]


def test_a_resident_with_a_booking_who_asks_in_english_what_data_we_have_gets_the_records_notice(runtime, resident):
    add_slot(runtime, 3, hour=10)
    book_in_chat(resident)
    resident.say("what data do you have about me? please delete it")
    assert NOTICE_EN in resident.texts()


def test_a_kansai_data_request_at_the_safety_question_is_understood(runtime, resident):
    resident.follow()
    resident.say("もう死にたいわ、しんどい")
    resident.say("ワシのデータって消してもらえるん？")
    assert NOTICE_JA in resident.texts()


def test_typed_answers_at_the_notice_work_in_other_languages(runtime, new_resident, fake_line):
    for lang, ask, erase, confirm in [("es", "borrar mis datos", "bórralo todo, por favor", "sí"),
                                      ("vi", "xóa dữ liệu của tôi", "xóa hết đi", "vâng"),
                                      ("zh", "删除我的资料", "请全部删掉", "是的")]:
        someone = new_resident()
        fake_line.state.languages[someone.user] = lang
        someone.follow()
        someone.say(ask)
        first = someone.texts()
        someone.say(erase)
        assert someone.texts() != first
        someone.say(confirm)
    assert [kind for kind, _ in _requests(runtime)] == ["erasure"] * 3
