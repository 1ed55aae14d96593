"""LINE's monthly push quota (issue 21, point 5): the console warns before it runs out, and a push LINE refuses for
the quota is not retried in silence: it is recorded, shown as not delivered and counted on the queue."""
from storage.models import OutboxMessage
from tests.console_fixtures import sign_in


def counselor_sends(app, runtime, resident, text):
    from storage.models import Conversation

    with runtime.db.session() as session:
        cid = session.query(Conversation).filter(Conversation.status.in_(("waiting", "active"))).one().id
    browser = app.test_client()
    csrf = sign_in(browser, "sato")
    browser.post(f"/console/c/{cid}/claim", data={"csrf_token": csrf})
    browser.post(f"/console/c/{cid}/reply", data={"csrf_token": csrf, "text": text})
    runtime.drain()
    return browser, cid


def test_the_queue_warns_when_few_pushes_are_left_this_month(app, runtime, resident, fake_line, make_staff):
    make_staff("sato")
    fake_line.state.quota, fake_line.state.pushed = 1000, 960
    resident.say("家賃が払えません。人と話したい")
    browser = app.test_client()
    sign_in(browser, "sato")
    page = browser.get("/console/").get_data(as_text=True)
    assert 'data-testid="quota-banner"' in page and "あと 40 通です（960 / 1000）" in page


def test_no_warning_while_plenty_is_left_or_line_sets_no_limit(app, runtime, fake_line, make_staff):
    make_staff("sato")
    browser = app.test_client()
    sign_in(browser, "sato")
    assert 'data-testid="quota-banner"' not in browser.get("/console/").get_data(as_text=True)
    fake_line.state.quota, fake_line.state.pushed = 1000, 10
    runtime._quota_checked_at = float("-inf")  # the next page asks LINE again (it is cached ten minutes)
    page = browser.get("/console/").get_data(as_text=True)
    assert 'data-testid="quota-banner"' not in page and "今月の LINE の送信（プッシュ）：10 / 1000 通" in page


def test_a_push_refused_for_the_monthly_limit_is_shown_not_retried_in_silence(app, runtime, resident, fake_line,
                                                                              make_staff):
    make_staff("sato")
    resident.say("家賃が払えません。人と話したい")
    fake_line.state.quota, fake_line.state.pushed = 5, 5  # used up
    browser, cid = counselor_sends(app, runtime, resident, "佐藤です。お電話できますか")
    with runtime.db.session() as session:
        row = session.query(OutboxMessage).filter_by(status="failed").one()
        assert row.last_error == "monthly limit" and row.attempts == 1  # not retried: it cannot help this month
    page = browser.get(f"/console/c/{cid}").get_data(as_text=True)
    assert "届いていません" in page
    queue = browser.get("/console/").get_data(as_text=True)
    assert "送信上限に達したため、1 件のメッセージが届いていません" in queue
