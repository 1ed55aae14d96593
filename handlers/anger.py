"""The resident's own anger at someone (「上司を殴りたい」「マジ殺したい」 "I want to kill my boss"; keywords: intents anger):
no violence suffered — no DV lines, no "it is not your fault" — but the anger heard calmly and a counselor offered;
a plan or a will to harm a person (「殺しに行く」 "I'm going to kill him"; intents harm_intent) is told to the counselor."""
import logging

from handlers.registry import action
from handlers.turn import Turn
from handlers.waiting import start_waiting

log = logging.getLogger(__name__)
HARM_URGENCY = 50  # as a possible crisis: where a counselor looks, after the crisis signs


def means_harm(turn: Turn) -> bool:
    """The words say a plan or a will to harm a person, beyond anger (「殺しに行く」 "I'm going to kill him")."""
    return "harm_intent" in (getattr(turn.triage, "intents", ()) or ())


@action("hear_anger")
def hear_anger(turn: Turn) -> None:
    """Anger heard calmly and a counselor offered; a will to harm a person also goes to the counselor: the
    conversation joins their queue (urgent, after the crisis signs), the office is told and a record is kept."""
    person = turn.t("opt.person")
    if not means_harm(turn):
        turn.say("companion.anger.heard", person=person)
        return
    conv, services = turn.conversation, turn.services
    conv.urgency = max(conv.urgency or 0, HARM_URGENCY)
    start_waiting(turn)
    conv.data.setdefault("harm_intent_log", []).append({"at": turn.now.isoformat(),
                                                        "state": turn.previous_state or conv.state})
    payload = {"event": "harm_intent", "conversation_id": conv.id, "lang": turn.lang, "status": conv.status,
               "assigned_to": conv.assigned_to, "at": turn.now.isoformat()}
    turn.effects.append(lambda: services.notify(payload))
    log.warning("intent to harm someone in conversation %s", conv.id)
    turn.say("companion.anger.told", person=person)
