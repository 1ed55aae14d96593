"""Residents' rights in the chat: asking to see or delete their records from any step, and every consent kept
with the exact wording and its version."""
from sqlalchemy import select

from storage.models import Consent, DataRequest
from tests.booking_helpers import add_slot, book_in_chat


def _requests(runtime):
    with runtime.db.session() as session:
        return [(r.kind, r.status, r.lang) for r in session.scalars(select(DataRequest).order_by(DataRequest.id))]


def _consents(runtime):
    with runtime.db.session() as session:
        return list(session.scalars(select(Consent).order_by(Consent.id)))


def test_a_resident_who_asks_to_delete_their_data_at_the_booking_step_is_told_what_we_keep_and_can_confirm(
        runtime, resident):
    add_slot(runtime, 3, hour=10)
    resident.follow()
    resident.tap("できることを見る")
    resident.tap("一緒に行ってほしい")
    resident.say("私のデータを消してください")
    text = resident.texts()
    assert "180日" in text and "365日" in text and "14日以内" in text  # the days come from retention.yaml
    assert {"記録を見たい", "記録を消してほしい"} <= set(resident.buttons())
    resident.tap("記録を消してほしい")
    assert "元に戻せません" in resident.texts()
    resident.tap("はい、消してください")
    assert "受け付けました" in resident.texts()
    assert _requests(runtime) == [("erasure", "open", "ja")]
    [consent] = _consents(runtime)
    assert (consent.purpose, consent.answer, consent.wording_id) == ("erasure", "agreed", "privacy.erase_confirm")
    assert consent.wording_text.startswith("記録を消すと") and consent.wording_version.startswith("privacy.erase_confirm@")


def test_asking_again_is_not_a_second_request_and_no_changes_nothing(runtime, resident):
    resident.follow()
    resident.say("記録を見せてほしいです。私の情報はどうなっていますか")
    resident.tap("記録を見たい")
    assert "写し" in resident.texts()
    resident.say("私の情報を見たい")
    resident.tap("記録を見たい")
    assert "もう受け付けています" in resident.texts()
    resident.say("データを削除してほしい")
    resident.tap("記録を消してほしい")
    resident.say("いいえ、やめます")
    assert "そのままにします" in resident.texts()
    assert _requests(runtime) == [("access", "open", "ja")]


def test_free_text_at_the_deletion_question_is_kept_and_the_question_asked_again(runtime, resident):
    resident.follow()
    resident.say("データを削除してほしい")
    resident.tap("記録を消してほしい")
    resident.say("消したらどうなるの？")
    assert "本当に消しますか" in resident.texts()
    assert _requests(runtime) == []


def test_the_records_menu_is_reachable_from_the_information_step(runtime, resident):
    resident.follow()
    resident.tap("できることを見る")
    resident.tap("窓口について")
    resident.tap("記録について")
    assert "記録を見たい" in resident.buttons()


def test_an_english_speaker_gets_the_privacy_menu_in_english(runtime, new_resident, fake_line):
    someone = new_resident()
    fake_line.state.languages[someone.user] = "en"
    someone.follow()
    someone.say("Please delete my data")
    assert "deleted after 180 days" in someone.texts()
    someone.tap("See my records")
    assert "Within 14 days" in someone.texts()
    assert _requests(runtime) == [("access", "open", "en")]


def test_a_booking_keeps_the_consent_wording_and_version_the_resident_answered(runtime, resident):
    add_slot(runtime, 3, hour=10)
    book_in_chat(resident, share="伝えない")
    [consent] = _consents(runtime)
    assert (consent.purpose, consent.answer) == ("visit_share", "declined")
    assert consent.subject.startswith("booking:") and "伝えてもよいですか" in consent.wording_text
    assert consent.wording_version.startswith("booking.ask_consent@") and consent.dialog_version == 0
    assert consent.lang == "ja" and consent.channel == "line"
