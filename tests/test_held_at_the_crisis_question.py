"""After a crisis answer the bot asks one question — 「119に電話できましたか」 after pills, 「いま、あなたは安全なところに
いますか」 after a wish to die, 「その方は、いま安全なところにいますか」 about a friend. An answer that is no yes and no no —
"I can't" said short, "I'm alone", "I can't reach her", or nothing clear (a hesitation, an emoji, 「さあ」) — keeps the
resident held at that question with the next step for now, in every language, never the same bubble twice: not a
generic thank-you that closes it, not a loneliness topic, not "please wait a little" in the queue. (Found by playing
residents: defects A1–A3 of session 22.)"""
import pytest

from handlers.wording import wording
from tests.support import conversation_state, move_clock_to

SUNDAY_3AM = "2026-12-13T03:00:00+09:00"
MONDAY_NIGHT = "2026-12-07T22:30:00+09:00"


def _started(resident, fake_line, lang, words, moment=SUNDAY_3AM) -> str:
    move_clock_to(moment)
    if lang != "ja":
        fake_line.state.languages[resident.user] = lang
    resident.follow()
    return resident.texts(resident.say(words))


@pytest.mark.parametrize("lang, pills, cannot, someone_near", [
    ("ja", "睡眠薬をまとめて飲んだ", "でけへん", "近くの人に「救急車を呼んで」"),
    ("ja", "薬を全部飲んだ", "電話はちょっとむり", "近くの人に「救急車を呼んで」"),
    ("en", "I took a lot of pills", "i cannot", "ask someone near you to call an ambulance"),
    ("zh-Hans", "我吃了很多药", "做不到", "请让身边的人帮您叫救护车"),
    ("tl", "uminom ako ng maraming gamot", "hindi ko na kaya", "pakiusapan ang taong malapit"),
    ("es", "tomé muchas pastillas", "no lo puedo hacer", "pide a alguien cerca"),
])
def test_a_resident_who_took_pills_and_says_i_cant_is_told_who_can_call_119_for_them(resident, fake_line, lang, pills,
                                                                                      cannot, someone_near):
    _started(resident, fake_line, lang, pills)
    answer = resident.texts(resident.say(cannot))
    assert someone_near in answer and "119" in answer, answer
    assert conversation_state(resident) == "crisis"  # held here: not a request for a person, not "please wait"


def test_i_cant_said_twice_after_pills_is_never_the_same_bubble_twice(resident, fake_line):
    _started(resident, fake_line, "en", "I took a lot of pills")
    first = resident.say("can't do it")
    second = resident.say("cant")
    assert first[0]["text"] != second[0]["text"] and "119" in second[0]["text"]


@pytest.mark.parametrize("lang, alone, said, not_said", [
    ("ja", "誰もいない", "玄関のかぎをあけて外に出て", "人とのつながり"),
    ("en", "nobody is here", "unlock your front door", "Loneliness"),
    ("en", "no one's here", "unlock your front door", "Money"),  # read as money by mistake: still the answer
    ("vi", "chỉ có một mình", "mở khóa cửa", "Cô đơn"),
])
def test_a_resident_alone_after_an_overdose_is_told_to_call_119_or_go_out_to_a_person_not_noted_as_loneliness(
        resident, fake_line, lang, alone, said, not_said):
    _started(resident, fake_line, lang, {"ja": "薬いっぱい飲んだ", "en": "I took too many pills",
                                         "vi": "tôi đã uống rất nhiều thuốc"}[lang])
    answer = resident.texts(resident.say(alone))
    assert said in answer and not_said not in answer, answer


def test_a_bleeding_cut_then_no_is_told_who_can_call_119(resident, fake_line):
    _started(resident, fake_line, "ja", "カッターで深く切って血がとまらない")
    assert "近くの人に「救急車を呼んで」" in resident.texts(resident.say("まだです"))


@pytest.mark.parametrize("lang, wish, answers, question", [
    ("ja", "消えてしまいたい", ["さあ…", "🌧️", "びみょう"], ("安全ですか", "命が危ない状態ですか")),
    ("en", "I want to end it all", ["meh", "not sure", "..."], ("safe for you", "in danger right now")),
    ("ko", "죽고 싶어요", ["글쎄요", "😶"], ("안전한가요", "위험한 상태인가요")),
    ("pt-BR", "quero morrer", ["sei lá", "talvez"], ("seguro para você", "em perigo agora")),
])
def test_a_resident_who_answers_are_you_safe_unclearly_is_asked_again_in_other_words_with_a_step_for_now(
        resident, fake_line, lang, wish, answers, question):
    _started(resident, fake_line, lang, wish)
    said = []
    for words in answers:
        answer = resident.say(words)
        said.append(answer[0]["text"])
        assert any(q in answer[0]["text"] for q in question), answer[0]["text"]  # the question stays open
        assert "119" in resident.texts(answer) or "knife" in resident.texts(answer) or "칼" in resident.texts(answer) \
            or "faca" in resident.texts(answer) or "刃物" in resident.texts(answer)
    assert all(a != b for a, b in zip(said, said[1:]))  # never the same bubble twice in a row


def test_a_resident_in_danger_who_then_says_they_cant_is_told_to_step_away_to_people_and_held(resident, fake_line):
    _started(resident, fake_line, "ja", "もう死にたい")
    assert "110番" in resident.texts(resident.say("いま線路の近くにいる"))
    first = resident.say("できん")
    assert "危ない場所や危ない人から" in resident.texts(first)
    second = resident.say("…")
    assert "危ないところから一歩はなれる" in resident.texts(second)
    assert first[0]["text"] != second[0]["text"]
    okay = resident.texts(resident.say("うん"))  # an "ok" to the advice, no word of being safe: still held
    assert "よかった" not in okay and "危ない" in okay
    assert "よかった" in resident.texts(resident.say("離れました、大丈夫です"))


def test_in_english_a_resident_on_a_bridge_who_writes_no_is_not_told_the_same_thing_again(resident, fake_line):
    _started(resident, fake_line, "en", "I want to die")
    first = resident.texts(resident.say("I'm on the bridge"))
    assert "110" in first
    answer = resident.texts(resident.say("no"))
    assert "away from the dangerous place or person" in answer


@pytest.mark.parametrize("lang, message, unreachable, police", [
    ("ja", "友達が「もう死ぬ」ってメッセージ送ってきた", "返信こないし電話にも出ない", "警察が様子を確かめに"),
    ("ja", "弟が死にたいって言ってる", "えっと…", "110番（警察）"),
    ("en", "my friend texted me she wants to kill herself", "she's not picking up", "call 110 (police)"),
    ("zh-Hans", "我朋友说她想死", "一直联系不上她", "110（警察）"),
])
def test_a_friend_in_crisis_who_cannot_be_reached_gets_110_to_check_on_them_and_we_stay(resident, fake_line, lang,
                                                                                        message, unreachable, police):
    _started(resident, fake_line, lang, message, MONDAY_NIGHT)
    answer = resident.say(unreachable)
    assert police in resident.texts(answer) and "119" in resident.texts(answer), resident.texts(answer)
    again = resident.say("わからない" if lang == "ja" else "idk" if lang == "en" else "不知道")
    assert again[0]["text"] != answer[0]["text"] and "110" in again[0]["text"]


def test_a_yes_after_a_hesitation_still_brings_relief(resident, fake_line):
    _started(resident, fake_line, "en", "I took a lot of pills")
    resident.say("hmm")
    assert "glad you could call" in resident.texts(resident.say("yes"))


@pytest.mark.parametrize("name, text", [
    ("cannot", "かけれへん"), ("cannot", "Can't."), ("cannot", "não consegui"), ("cannot", "không thể"),
    ("cannot", "gak sanggup"), ("cannot", "没办法"), ("cannot", "못하겠어요"), ("cannot", "सक्दिन"), ("cannot", "ไม่ไหว"),
    ("cannot", "မလုပ်နိုင်ဘူး"), ("cannot", "di ko na kaya"), ("cannot", "no pude"),
    ("alone", "ひとりぼっち"), ("alone", "on my own"), ("alone", "estoy solo"), ("alone", "sozinha"), ("alone", "mag-isa lang"),
    ("alone", "sendirian"), ("alone", "就我自己"), ("alone", "혼자예요"), ("alone", "एक्लै छु"), ("alone", "อยู่คนเดียว"),
    ("unreachable", "既読にならない"), ("unreachable", "he won't answer"), ("unreachable", "no me contesta"),
    ("unreachable", "não atende"), ("unreachable", "không bắt máy"), ("unreachable", "hindi sumasagot"),
    ("unreachable", "tidak diangkat"), ("unreachable", "打不通"), ("unreachable", "電話に出ません"), ("unreachable", "답장이 없어요"),
    ("unreachable", "फोन उठाएन"), ("unreachable", "โทรไม่ติด"), ("unreachable", "ဖုန်းမကိုင်ဘူး"),
    ("unclear", "さぁ"), ("unclear", "dunno"), ("unclear", "ni idea"), ("unclear", "ewan ko"), ("unclear", "随便"),
    ("unclear", "글쎄"), ("unclear", "ไม่แน่ใจ"), ("unclear", "entahlah"),
])
def test_the_answers_that_are_no_yes_and_no_no_are_read_in_every_language(name, text):
    assert wording().says(name, text), (name, text)


@pytest.mark.parametrize("name, text", [("cannot", "cantik"), ("alone", "soloist"), ("unclear", "maybelline")])
def test_a_latin_word_counts_only_whole(name, text):
    assert not wording().says(name, text)


def test_days_later_the_old_question_is_no_longer_held(resident, fake_line):
    _started(resident, fake_line, "ja", "死にたい")
    resident.say("いま橋の上にいる")
    move_clock_to("2026-12-15T10:00:00+09:00")
    resident.say("おはよう")
    resident.tap("続きから")
    answer = resident.texts(resident.say("うーん"))
    assert "危ない場所や危ない人から" not in answer and "危ないところから一歩はなれる" not in answer
