"""Resident history and search: every conversation (closed ones too) found by filters and words, one page per
resident, and the previous conversation's summary and notes beside a returning resident's new one."""
import re
from datetime import timedelta

from sqlalchemy import select, update

from storage import clock
from storage.models import AuditEntry, Conversation, Message
from tests.console_fixtures import open_office


def _post(client, csrf, path, **form):
    return client.post(path, data={"csrf_token": csrf, **form})


def _ids(html: str) -> list[int]:
    return [int(x) for x in re.findall(r'data-testid="result-row" data-cid="(\d+)"', html)]


def _closed_then_back(runtime, resident, counselor_client):
    """A resident is helped about the rent and the conversation closed with a note; a week later they write again."""
    open_office(runtime)
    client, csrf = counselor_client
    resident.follow()
    resident.say("家賃が払えなくて困っています")
    resident.say("人と話したい")
    with runtime.db.session() as session:
        first = session.scalars(select(Conversation.id).where(Conversation.status == "waiting")).one()
    _post(client, csrf, f"/console/c/{first}/claim")
    _post(client, csrf, f"/console/c/{first}/reply", text="佐藤です。大家さんとの話を一緒に考えましょう。")
    _post(client, csrf, f"/console/c/{first}/note", text="大家さんに分割払いを相談する予定。住居確保給付金も案内")
    _post(client, csrf, f"/console/c/{first}/release", to="closed", outcome="referred")
    clock.shift(timedelta(days=7))
    open_office(runtime)
    resident.say("また相談したいです。人と話したい")
    with runtime.db.session() as session:
        second = session.scalars(select(Conversation.id).where(Conversation.status == "waiting")).one()
    return first, second


def test_a_returning_resident_shows_the_previous_conversations_summary_and_notes(runtime, resident, counselor_client):
    first, second = _closed_then_back(runtime, resident, counselor_client)
    client, _ = counselor_client
    page = client.get(f"/console/c/{second}").get_data(as_text=True)
    previous = page[page.index('data-testid="previous"'):]
    assert f"相談 #{first}" in previous and "他の機関につないだ" in previous
    assert "住まい" in previous and "大家さんに分割払いを相談する予定" in previous
    assert 'data-testid="resident-record"' in page and "（相談 2 件）" in page
    with runtime.db.session() as session:
        reads = session.scalars(select(AuditEntry).where(AuditEntry.conversation_id == first,
                                                         AuditEntry.action == "read")).all()
    assert any("recalled beside" in (r.detail or "") for r in reads)  # recalling it is a read, and logged


def test_a_first_conversation_has_no_previous_card(runtime, waiting, counselor_client):
    client, _ = counselor_client
    page = client.get(f"/console/c/{waiting[1]}").get_data(as_text=True)
    assert 'data-testid="previous"' not in page and 'data-testid="resident-record"' in page


def test_the_resident_page_shows_every_conversation_and_note_under_a_pseudonym(runtime, resident, counselor_client):
    first, second = _closed_then_back(runtime, resident, counselor_client)
    client, _ = counselor_client
    with runtime.db.session() as session:
        rid = session.get(Conversation, first).resident_id
    resp = client.get(f"/console/r/{rid}")
    page = resp.get_data(as_text=True)
    assert resp.status_code == 200 and f"R-{rid:06d}" in page
    assert resident.user not in page  # the LINE id is never shown
    rows = re.findall(r'data-testid="resident-conversation" data-cid="(\d+)"', page)
    assert rows == [str(second), str(first)]  # newest first, the closed one included
    assert "大家さんに分割払いを相談する予定" in page and "日本語" in page
    with runtime.db.session() as session:
        audit = session.scalars(select(AuditEntry).where(AuditEntry.action == "read_resident")).one()
    assert audit.staff_name == "sato" and f"R-{rid:06d}" in audit.detail
    assert client.get("/console/r/999999").status_code == 404


def test_the_list_finds_closed_conversations_by_status_topic_words_notes_counselor_and_date(
        runtime, resident, counselor_client, new_resident):
    first, second = _closed_then_back(runtime, resident, counselor_client)
    other = new_resident()
    other.follow()
    other.say("I lost my job and I have no money")
    client, _ = counselor_client

    def found(query: str) -> list[int]:
        resp = client.get(f"/console/conversations?{query}")
        assert resp.status_code == 200
        return _ids(resp.get_data(as_text=True))

    everything = found("")
    assert first in everything and second in everything and len(everything) == 3  # the bot-only one too
    assert found("status=closed") == [first]
    assert set(found("status=bot")) == set(everything) - {first, second}
    assert first in found("topic=housing") and found("topic=housing") == found("topic=housing&lang=ja")
    assert found("lang=en") == sorted(set(everything) - {first, second})
    assert first in found("q=家賃") and second not in found("q=家賃")
    assert found("q=分割払い") == [first]  # a note's words
    assert found("q=大家さんとの話") == [first]  # the counselor's own reply
    assert found("counselor=sato") == [first]
    today = clock.now().date()
    assert set(found(f"since={today.isoformat()}")) >= {second}
    assert first not in found(f"since={today.isoformat()}&status=closed")
    assert found(f"until={(today - timedelta(days=30)).isoformat()}") == []


def test_a_search_never_finds_what_retention_or_erasure_removed(runtime, resident, counselor_client):
    first, _second = _closed_then_back(runtime, resident, counselor_client)
    client, _ = counselor_client
    assert first in _ids(client.get("/console/conversations?q=家賃が払えなくて").get_data(as_text=True))
    with runtime.db.session() as session:
        session.execute(update(Message).where(Message.conversation_id == first)
                        .values(text="", redacted_at=clock.now()))
    assert _ids(client.get("/console/conversations?q=家賃が払えなくて").get_data(as_text=True)) == []


def test_a_crisis_filter_lists_only_conversations_with_a_crisis_sign(runtime, resident, new_resident, counselor_client):
    resident.follow()
    resident.say("もう死にたい")
    calm = new_resident()
    calm.follow()
    calm.say("仕事を探しています")
    client, _ = counselor_client
    page = client.get("/console/conversations?crisis=1").get_data(as_text=True)
    assert len(_ids(page)) == 1 and "自殺の危険" in page


def test_a_bad_filter_is_named_kept_in_the_form_and_the_rest_still_applies(runtime, resident, counselor_client):
    _closed_then_back(runtime, resident, counselor_client)
    client, _ = counselor_client
    resp = client.get("/console/conversations?status=closed&since=12月1日&topic=banana&q=" + "あ" * 150)
    page = resp.get_data(as_text=True)
    assert resp.status_code == 200
    problems = re.findall(r'data-testid="filter-problem">([^<]+)<', page)
    assert len(problems) == 3 and any("12月1日" in p for p in problems) and any("banana" in p for p in problems)
    assert 'value="12月1日"' in page  # what was typed stays
    assert "この条件に合う相談はありません" in page  # the long search still ran (and found nothing)


def test_the_list_and_the_resident_page_are_for_counselors_only(app, runtime, make_staff, waiting):
    from tests.console_fixtures import sign_in
    make_staff("ed", "editor")
    editor = app.test_client()
    sign_in(editor, "ed")
    assert editor.get("/console/conversations").status_code == 403
    with runtime.db.session() as session:
        rid = session.get(Conversation, waiting[1]).resident_id
    assert editor.get(f"/console/r/{rid}").status_code == 403
    assert app.test_client().get("/console/conversations").status_code == 302  # signed out: to the sign-in
