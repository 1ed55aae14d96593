"""A complete intake for the counselor (issue 21, point 2): topics from every message, the first message always
kept, codes shown as Japanese labels, urgency as a word, staff by their names."""
from bot.staff.labels import urgency_word
from handlers.intake import kept_words
from storage.models import Conversation
from tests.console_fixtures import sign_in

HOUSEHOLD_ALONE, AREA_NORTH = "ひとり", "北部"  # the buttons' labels in locales/ja (a.household.alone, area.north)


def waiting_conversation(runtime) -> int:
    with runtime.db.session() as session:
        return session.query(Conversation).filter_by(status="waiting").one().id


def test_a_first_message_that_also_asks_for_a_person_keeps_its_topics_and_words(app, runtime, resident, make_staff):
    resident.say("仕事がなくなって家賃が払えません。人と話したい")
    cid = waiting_conversation(runtime)
    make_staff("sato", "counselor")
    browser = app.test_client()
    sign_in(browser, "sato")
    page = browser.get(f"/console/c/{cid}").get_data(as_text=True)
    card = page.split('data-testid="summary"', 1)[1].split("</section>", 1)[0]
    for topic in ("仕事", "お金", "住まい"):
        assert f'<span class="tag">{topic}</span>' in card, topic
    assert "未選択" not in card
    assert "「仕事がなくなって家賃が払えません。人と話したい」" in card


def test_the_first_message_is_always_kept_among_the_words_shown():
    words = ["最初の相談", "二", "三", "四", "五", "六", "七"]
    assert kept_words(words) == ["最初の相談", "四", "五", "六", "七"]
    assert kept_words(words[:3]) == words[:3]


def test_answers_are_labels_urgency_a_word_and_the_holder_a_name(app, runtime, resident):
    from bot.staff import accounts

    accounts.add(runtime.db, "sato", "counselor", "correct horse battery", ["ja"], display_name="佐藤 花子")
    resident.follow()
    resident.say("仕事がなくて、お金もありません")
    resident.say("人と話したい")
    cid = waiting_conversation(runtime)
    with runtime.db.session() as session:
        conv = session.get(Conversation, cid)
        conv.data = {**conv.data, "summary": {**(conv.data.get("summary") or {}), "household": "alone",
                                              "area": "north"}}
    browser = app.test_client()
    sign_in(browser, "sato")
    browser.post(f"/console/c/{cid}/claim", data={"csrf_token": sign_in(browser, "sato")})
    page = browser.get(f"/console/c/{cid}").get_data(as_text=True)
    assert f'data-testid="household">{HOUSEHOLD_ALONE}<' in page
    assert f'data-testid="area">{AREA_NORTH}<' in page
    assert "担当：佐藤 花子" in page and "担当：sato" not in page
    assert 'data-testid="urgency" title="' in page
    assert urgency_word(0) == "ふつう" and urgency_word(40) == "高い" and urgency_word(100) == "緊急"


def test_a_counselors_message_arrives_under_their_name_not_the_bots(app, runtime, resident, fake_line):
    from bot.staff import accounts

    accounts.add(runtime.db, "sato", "counselor", "correct horse battery", ["ja"], display_name="佐藤")
    resident.say("家賃が払えません。人と話したい")
    cid = waiting_conversation(runtime)
    browser = app.test_client()
    csrf = sign_in(browser, "sato")
    browser.post(f"/console/c/{cid}/claim", data={"csrf_token": csrf})
    browser.post(f"/console/c/{cid}/reply", data={"csrf_token": csrf, "text": "佐藤です。お話を聞かせてください"})
    runtime.drain()
    pushed = [m for c in fake_line.calls("/v2/bot/message/push") for m in c["body"]["messages"]]
    mine = [m for m in pushed if m["text"] == "佐藤です。お話を聞かせてください"]
    assert mine and mine[0]["sender"] == {"name": "相談員 佐藤"}
    from linebot.v3.messaging import TextMessage  # LINE's own model of the message (from its OpenAPI spec)
    assert TextMessage.from_dict(mine[0]).sender.name == "相談員 佐藤"
    assert all("sender" not in m for m in pushed if m is not mine[0])  # the bot's own messages carry no name


def test_canned_replies_name_the_counselor_in_letters_the_resident_reads(runtime):
    from bot.console.counsel import Counsel
    from bot.staff import accounts

    sato = accounts.add(runtime.db, "sato", "counselor", "correct horse battery", ["ja"], display_name="佐藤")
    english = Counsel(runtime).canned("en", sato)
    japanese = Counsel(runtime).canned("ja", sato)
    named = [c for c in english if "Sato" in c["text"]]
    assert named and not any("佐藤" in c["text"] for c in english)
    assert any("佐藤" in c["text"] for c in japanese) and all("佐藤" in c["ja"] or "{name}" not in c["ja"] for c in named)
