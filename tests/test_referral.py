"""Referral with consent, and the follow-up a week later: asked once, answered, a counselor offered when needed."""
import threading

import pytest
from sqlalchemy import select

from bot.app.runtime import Runtime
from bot.app.scheduler import Scheduler
from storage import clock
from storage.models import Consent, Referral, ScheduledJob
from tests.places_support import (
    a_week,
    card_actions,
    cards_of,
    seed_directory,
    set_clock,
    to_the_referral_question,
)


@pytest.fixture
def town(runtime):
    seed_directory(runtime)
    return runtime




def _referrals(runtime):
    with runtime.db.session() as session:
        return list(session.scalars(select(Referral).order_by(Referral.id)))


def test_fitting_agencies_are_proposed_and_nothing_is_recorded_before_consent(town, resident, runtime):
    set_clock("2026-11-24 11:00")
    messages = to_the_referral_question(resident)
    bubbles = cards_of(messages)
    titles = [b["body"]["contents"][0]["text"] for b in bubbles]
    assert 1 <= len(titles) <= 3
    assert "ハローワークみどりが丘（架空）" in titles
    assert any("福祉事務所" in t or "社会福祉協議会" in t for t in titles)
    assert "お仕事" in resident.texts(messages) and "お金" in resident.texts(messages)
    assert card_actions(bubbles[0])[0]["type"] == "postback"
    resident.tap("ハローワーク")
    assert "伝えてOK" in resident.buttons() and "自分で連絡する" in resident.buttons()
    assert "7日後" in resident.texts()
    assert _referrals(runtime) == []


def test_a_referral_with_consent_is_recorded_with_the_wording_version(town, resident, runtime):
    set_clock("2026-11-24 11:00")
    to_the_referral_question(resident)
    resident.tap("ハローワーク")
    consent_text = resident.texts()
    resident.tap("伝えてOK")
    assert "0120-000-201" in resident.texts()
    [ref] = _referrals(runtime)
    assert ref.consent == "share" and ref.consent_version == runtime.bundle.places.consent_version
    assert ref.consent_text in consent_text and sorted(ref.topics) == ["money", "work"]
    assert (ref.followup_due_at - ref.created_at).days == 7
    with runtime.db.session() as session:
        [consent] = session.scalars(select(Consent))
    assert (consent.purpose, consent.answer, consent.subject) == ("referral_share", "agreed", f"referral:{ref.id}")
    assert consent.wording_text == ref.consent_text and consent.wording_version.startswith("referral.consent@")


def test_choosing_to_call_oneself_shares_nothing_but_is_still_followed_up(town, resident, runtime):
    set_clock("2026-11-24 11:00")
    to_the_referral_question(resident)
    resident.tap("ハローワーク")
    resident.tap("自分で連絡する")
    assert "だれにも伝えていません" in resident.texts()
    [ref] = _referrals(runtime)
    assert ref.consent == "self"
    with runtime.db.session() as session:
        jobs = list(session.scalars(select(ScheduledJob)))
    assert [(j.kind, j.status) for j in jobs] == [("referral_followup", "pending")]


def _referred(resident):
    to_the_referral_question(resident)
    resident.tap("ハローワーク")
    resident.tap("伝えてOK")


def test_a_week_later_the_bot_asks_how_it_went_and_a_good_answer_is_stored(town, resident, runtime):
    set_clock("2026-11-24 11:00")
    _referred(resident)
    clock.shift(a_week(6.9))
    assert runtime.scheduler.run_due() == 0
    clock.shift(a_week(0.2))
    assert runtime.scheduler.run_due() == 1
    pushed = resident.wait()
    assert "ハローワークみどりが丘（架空）" in resident.texts(pushed) and "どうでしたか" in resident.texts(pushed)
    assert resident.buttons()[:3] == ["行った・役に立った", "行ったが役立たず", "行っていない"]
    resident.tap("役に立った")
    assert "よかった" in resident.texts()
    [ref] = _referrals(runtime)
    assert ref.outcome == "helped" and ref.followup_sent_at is not None
    assert runtime.scheduler.run_due() == 0  # asked once only


@pytest.mark.parametrize("answer, stored", [("行ったが役立たず", "not_helped"), ("行っていない", "not_gone")])
def test_anything_but_it_helped_offers_a_counselor(town, resident, runtime, answer, stored):
    set_clock("2026-11-24 11:00")
    _referred(resident)
    clock.shift(a_week())
    runtime.scheduler.run_due()
    resident.wait()
    resident.tap(answer)
    assert "相談員と一緒に" in resident.texts()
    assert _referrals(runtime)[0].outcome == stored
    resident.tap("相談員と話す")
    with runtime.db.session() as session:
        from storage import repo
        conv = repo.open_conversation(session, _referrals(runtime)[0].resident_id)
        assert conv.status == "waiting" and conv.state == "handoff"


def test_the_follow_up_survives_a_restart_and_goes_out_exactly_once_with_two_schedulers(town, resident, runtime,
                                                                                        settings, bundle):
    set_clock("2026-11-24 11:00")
    _referred(resident)
    clock.shift(a_week())
    other = Runtime(settings, background=False, bundle=bundle)  # a second process, started after the referral
    try:
        schedulers = [Scheduler(runtime), Scheduler(other), Scheduler(runtime), Scheduler(other)]
        ran, barrier = [], threading.Barrier(len(schedulers))

        def go(s):
            barrier.wait()
            ran.append(s.run_due())

        threads = [threading.Thread(target=go, args=(s,)) for s in schedulers]
        for t in threads:
            t.start()
        for t in threads:
            t.join(30)
        assert sum(ran) == 1
        other.drain(10)
    finally:
        other.close()
    pushed = resident.wait()
    asks = [m for m in pushed if "どうでしたか" in (m.get("text") or "")]
    assert len(asks) == 1


def test_no_follow_up_question_while_a_counselor_is_talking_with_the_resident(town, resident, runtime):
    set_clock("2026-11-24 11:00")
    _referred(resident)
    resident.tap("人と話したい")
    clock.shift(a_week())
    assert runtime.scheduler.run_due() >= 1
    assert "どうでしたか" not in resident.texts(resident.wait())
    with runtime.db.session() as session:
        jobs = [j for j in session.scalars(select(ScheduledJob)) if j.kind == "referral_followup"]
    assert sorted(j.status for j in jobs) == ["done", "pending"]  # asked again a day later
    assert _referrals(runtime)[0].followup_sent_at is None


def test_a_forged_how_it_went_button_does_not_start_a_follow_up_nobody_scheduled(town, resident, runtime):
    set_clock("2026-11-24 11:00")
    resident.follow()
    answer = resident.texts(resident.postback("t=how_it_went&s=start"))
    assert "どうでしたか" not in answer and "行っていない" not in resident.buttons()
    answer = resident.texts(resident.postback("t=helped&v=helped&s=referral_followup"))
    assert "よかった" not in answer
    assert _referrals(runtime) == []
