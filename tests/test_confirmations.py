"""Every destructive or resident-facing one-click action asks first, saying what will happen (issue 21, point 7);
Cancel leaves everything as it was."""
import re
from pathlib import Path

import pytest

from storage.models import Conversation
from tests.support import sign_in_browser

TEMPLATES = Path(__file__).resolve().parent.parent / "bot" / "templates"
# (template, the button's test id): the ten actions the issue lists
ASKED = [("console/conversation.html", "close"), ("console/conversation.html", "handback"),
         ("console/conversation.html", "transfer"), ("admin/slots.html", "slot-cancel"),
         ("admin/slots.html", "pattern-end"), ("console/bookings.html", "booking-cancel"),
         ("editor/index.html", "discard"), ("editor/version.html", "restore"), ("console/kiosks.html", "kiosk-revoke"),
         ("console/requests.html", "send-copy")]


@pytest.mark.parametrize("template, testid", ASKED)
def test_each_listed_action_asks_what_will_happen(template, testid):
    source = (TEMPLATES / template).read_text(encoding="utf-8")
    button = re.search(rf'<button[^>]*type="submit"[^>]*data-testid="{re.escape(testid)}"[^>]*>', source) or \
        re.search(rf'<button[^>]*data-testid="{re.escape(testid)}"[^>]*type="submit"[^>]*>', source)
    assert button, testid
    asked = re.search(r'data-confirm="([^"]+)"', button.group(0))
    assert asked and asked.group(1).endswith("よろしいですか？") and len(asked.group(1)) > 20


@pytest.mark.browser
def test_closing_a_conversation_asks_first_and_cancel_keeps_it_open(live_server, browser, runtime, resident,
                                                                     make_staff):
    resident.say("家賃が払えません。人と話したい")
    with runtime.db.session() as session:
        cid = session.query(Conversation).filter_by(status="waiting").one().id
    make_staff("sato")
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="ja-JP", keep_dialogs=True)
    try:
        page = context.new_page()
        said = []
        answer = {"ok": False}

        def on_dialog(dialog):
            said.append(dialog.message)
            dialog.accept() if answer["ok"] else dialog.dismiss()

        page.on("dialog", on_dialog)
        sign_in_browser(page, live_server, "sato")
        page.goto(f"{live_server}/console/c/{cid}")
        page.click("[data-testid=claim]")
        page.wait_for_selector("[data-testid=close]")
        page.click("[data-testid=close]")  # Cancel
        assert said and "この相談を終了します" in said[-1]
        with runtime.db.session() as session:
            assert session.get(Conversation, cid).status == "active"
        answer["ok"] = True
        page.click("[data-testid=close]")  # OK
        page.wait_for_url(re.compile(r".*/console/$"))
        with runtime.db.session() as session:
            assert session.get(Conversation, cid).status == "closed"
    finally:
        context.close()
