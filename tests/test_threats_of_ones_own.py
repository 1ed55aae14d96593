"""Found by a tester: 「あいつ殺してやる」 — the resident's own threat to kill someone — was answered as violence suffered
(「あなたは悪くありません」, the DV lines), because the words of a threat counted as violence whoever says them; English
"I'm going to kill him" reached the anger answer only for its listed objects ("I'm going to kill my neighbour" was
violence again). The resident as the one who would act — a threat (〜してやる, 〜したる, 殺すぞ, "I'll stab him"), the
fear of one's own hand (〜してしまいそう, 手が出そう, "I might hit him") — is their anger, in every language; the same
words quoted as someone else's (「殺してやるって言われた」 "he said he's going to kill me") stay violence."""
import pytest
from sqlalchemy import select

from storage.models import Conversation
from storage.models import Resident as ResidentRow
from tests.support import chose_language

MONDAY_MORNING = "2026-12-07T10:00:00+09:00"
DV_LINE = "0120-279-889"
NOT_YOUR_FAULT = ("悪くありません", "not your fault", "no es tu culpa", "không phải lỗi", "hindi mo kasalanan")


@pytest.mark.parametrize("text", [
    "向かいの部屋のやつ、ぶっ殺したる", "大家のじじい刺してやる", "元同僚を殺してやろうか本気で考えてる",
    "I swear I'll kill my landlord", "im gonna stab that guy", "voy a matar a ese tipo", "eu vou matar o meu patrão",
    "tao sẽ giết thằng đó", "papatayin ko yung amo ko", "我一定要杀了那个房东", "ฉันจะฆ่าเจ้าของห้อง",
    "saya akan bunuh bos saya", "그 놈 죽여버릴 거야",
])
def test_the_residents_own_threat_to_kill_is_a_will_to_harm_not_violence_suffered(classify, text):
    result = classify(text)
    assert {"anger", "harm_intent"} <= set(result.intents) and not result.crisis and not result.possible, result


@pytest.mark.parametrize("text", [
    "隣の部屋のやつ、次うるさかったらしばいたろか", "上司をボコボコにしてやる", "このままだと店長を殴ってしまいそう",
    "同僚に手が出そうで自分がこわい", "あの客に手を出してしまうかも", "I might end up punching my coworker",
    "im about to slap my roommate", "le voy a pegar a mi compañero", "vou bater no meu vizinho",
    "tôi sợ tôi sẽ đánh nó mất", "susuntukin ko talaga yung katrabaho ko", "我怕我会打我室友",
    "내가 팀장을 때릴 것 같아요", "กูจะต่อยเพื่อนร่วมงาน",
])
def test_the_fear_of_ones_own_hand_and_a_threat_to_hit_are_anger(classify, text):
    result = classify(text)
    assert "anger" in result.intents and not result.crisis and not result.possible, result


@pytest.mark.parametrize("text", [
    "元夫に殺してやるってメールが来た", "彼氏が殴ったろかって怒鳴ってくる", "夫に『殺すぞ』と脅されています", "父が刺してやると言って包丁を持った",
    "my ex said he'll kill me", "mi pareja me dijo que me va a matar", "chồng tôi nói sẽ giết tôi", "老公说要杀了我",
    "夫が手を出しそうで怖い",
])
def test_a_threat_heard_from_someone_else_stays_violence(classify, text):
    assert "violence" in classify(text).crisis, text


@pytest.mark.parametrize("text", [
    "もう自分を殺してしまいそう", "I'm going to kill myself tonight", "me voy a matar", "vou me matar", "我要自杀",
    "aku mau bunuh diri",
])
def test_ones_own_death_is_still_a_wish_to_die(classify, text):
    assert "suicide" in classify(text).crisis, text


def test_a_child_one_might_hit_is_still_the_child_abuse_line(classify):
    assert "violence" in classify("息子を叩いてしまいそうで怖いです").crisis


def _conversation(resident) -> Conversation:
    with resident.runtime.db.session() as s:
        row = s.scalars(select(ResidentRow).where(ResidentRow.external_id == resident.user)).one()
        return s.scalars(select(Conversation).where(Conversation.resident_id == row.id)).one()


@pytest.mark.parametrize("lang,text,told", [
    ("ja", "向かいのやつ、マジで殺してやる", "相談員にも伝えました"),
    ("en", "I'm going to kill my neighbour", "told a counselor"),
    ("es", "voy a matar a mi vecino", "consejero"),
    ("vi", "tao sẽ giết thằng hàng xóm", "tư vấn"),
])
def test_a_threat_to_kill_is_heard_calmly_and_told_to_a_counselor_without_dv_lines(resident, lang, text, told):
    chose_language(resident, lang, MONDAY_MORNING)
    said = resident.texts(resident.say(text))
    assert DV_LINE not in said and not any(words in said for words in NOT_YOUR_FAULT), said
    assert told in said, said
    conv = _conversation(resident)
    assert not conv.crisis and conv.status == "waiting" and conv.data.get("harm_intent_log")


def test_the_fear_of_ones_own_hand_is_heard_as_anger_with_a_person_offered(resident):
    chose_language(resident, "ja", MONDAY_MORNING)
    said = resident.texts(resident.say("バイト先の先輩に手が出てしまいそう"))
    assert DV_LINE not in said and "悪くありません" not in said, said
    assert "腹が立つこと" in said and "人と話したい" in said, said
    assert not _conversation(resident).crisis


def test_a_threat_told_as_received_still_gets_the_violence_answer(resident):
    chose_language(resident, "ja", MONDAY_MORNING)
    said = resident.texts(resident.say("夫に殺してやるって言われた"))
    assert "110" in said and _conversation(resident).crisis
