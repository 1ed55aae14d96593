"""Referral with consent: fitting agencies for the topics found, the resident's choice and consent, a follow-up."""
from datetime import timedelta

from handlers import formatting, postback, privacy
from handlers.choice_answers import typed_consent
from handlers.intake import topic_names
from handlers.place_cards import contact_details, resource_card, resource_name
from handlers.places import config
from handlers.questions import TOPICS
from handlers.registry import action, condition, job, provider, uses_state
from handlers.replies import Cards, Option
from handlers.turn import Turn
from storage import repo_jobs, repo_places
from storage.models import Resource

uses_state("referral", "handlers.referral (back to the list)")
uses_state("referral_followup", "handlers.referral (the follow-up job)")

FOLLOWUP_JOB = "referral_followup"
OUTCOMES = ("helped", "not_helped", "not_gone")


def _topics(turn: Turn) -> list[str]:
    topics = set(turn.data.get("topics") or []) | set(turn.conversation.topics or [])
    return [t for t in TOPICS if t in topics]


def pick_resources(resources: list[Resource], topics: list[str], limit: int) -> list[Resource]:
    """Up to *limit* agencies: for each topic in turn the first one listed for it, then general ones ('any').

    *resources* come in the order staff listed them in resources.csv: earlier rows are proposed first.
    """
    chosen: list[Resource] = []
    pools = {t: [r for r in resources if t in r.topics] for t in topics}
    while len(chosen) < limit and any(pools.values()):
        for topic in topics:
            pool = [r for r in pools[topic] if r not in chosen]
            pools[topic] = pool
            if pool and len(chosen) < limit:
                chosen.append(pool.pop(0))
    if not chosen:
        chosen = [r for r in resources if "any" in r.topics][:limit]
    return chosen


@action("propose_resources")
def propose_resources(turn: Turn) -> None:
    """Show one to three agencies that fit the topics found, as cards; nothing is shared yet."""
    topics = _topics(turn)
    chosen = pick_resources(repo_places.all_resources(turn.session), topics, config(turn).max_resources)
    turn.data["proposed"] = [r.id for r in chosen]
    if not chosen:
        repo_places.add_unmet_need(turn.session, resident_id=turn.resident.id, conversation_id=turn.conversation.id,
                                   need="resource", reason="none_fitting", topics=topics, audience=[],
                                   lang=turn.lang, created_at=turn.now)
        return
    if topics:
        turn.say("referral.propose", topics=topic_names(turn, topics))
    else:
        turn.say("referral.propose_general")
    names = formatting.listing([resource_name(turn, r) for r in chosen], turn.lang)
    turn.replies.append(Cards(turn.t("referral.alt", names=names), [resource_card(turn, r) for r in chosen]))


def _proposed(turn: Turn) -> list[Resource]:
    out = []
    for rid in turn.data.get("proposed") or []:
        resource = repo_places.resource(turn.session, int(rid))
        if resource is not None and resource.active:
            out.append(resource)
    return out


@provider("resource_options")
def resource_options(turn: Turn):
    """A button per proposed agency (its name), or an honest 'none found' with a counselor."""
    proposed = _proposed(turn)
    if not proposed:
        return "referral.none", {}, []
    options = []
    for resource in proposed:
        name = resource_name(turn, resource)
        label = name if len(name) <= 20 else name[:19] + "…"
        options.append(Option(label, postback.encode("pick", str(resource.id), "referral"), display=name))
    return None, {}, options


@action("choose_resource")
def choose_resource(turn: Turn) -> None:
    """Remember the agency the resident picked (only one of those proposed)."""
    ids = [int(r) for r in turn.data.get("proposed") or []]
    if turn.value.isascii() and turn.value.isdigit() and len(turn.value) < 18 and int(turn.value) in ids:
        turn.data["chosen_resource"] = int(turn.value)
    else:
        turn.say("common.not_understood")
        turn.goto = "referral"


def _chosen(turn: Turn) -> Resource | None:
    rid = turn.data.get("chosen_resource")
    return repo_places.resource(turn.session, int(rid)) if rid is not None else None


def _consent_params(turn: Turn, resource: Resource) -> dict:
    return {"agency": resource_name(turn, resource), "topics": topic_names(turn, _topics(turn)) or turn.t("topic.none"),
            "days": f"{config(turn).followup_days:g}"}


@provider("consent_prompt")
def consent_prompt(turn: Turn):
    """The consent question names the agency, what would be passed on, and when we will ask how it went."""
    resource = _chosen(turn)
    if resource is None:
        return "referral.none", {}, []
    return None, _consent_params(turn, resource), []


@condition("typed_share_or_self", answer=True)
def typed_share_or_self(turn: Turn) -> bool:
    """At the referral's consent (「…に伝えてもよいですか」 "May a counselor tell …?"), the typed words answer it: a plain
    yes (「はい」「お願いします」 "yes please") or a request to pass it on (「伝えてください」 "could you tell them?") is
    "share", a plain no or a request not to (「言わないで」 "I'll call them myself") is "self"; both, or a question about
    it (「伝えるの？」), is neither — the choice is asked again under its buttons."""
    return len(typed_consent(turn)) == 1


@action("explain_referral_sharing")
def explain_referral_sharing(turn: Turn) -> None:
    """A question about what would be passed on, or to whom (「伝えるの？」「家族にも伝わる？」 "will my boss see this?"):
    only the topics, only to the agency chosen; the consent is asked again, never taken from the question."""
    resource = _chosen(turn)
    if resource is None:
        return
    turn.answered = True
    params = _consent_params(turn, resource)
    turn.say("referral.sharing_explained", agency=params["agency"], topics=params["topics"])


@action("record_typed_referral")
def record_typed_referral(turn: Turn) -> None:
    """The referral recorded as the typed words chose: passed on at a yes, else the resident calls themself."""
    turn.value = "share" if typed_consent(turn) == {"yes"} else "self"
    record_referral(turn)


@action("record_referral")
def record_referral(turn: Turn) -> None:
    """Record the referral with the consent given and the exact wording shown; schedule the follow-up."""
    resource = _chosen(turn)
    consent = turn.value if turn.value in ("share", "self") else None
    if resource is None or consent is None:
        turn.say("common.not_understood")
        turn.goto = "referral"
        return
    cfg = config(turn)
    params = _consent_params(turn, resource)
    due = turn.now + timedelta(days=cfg.followup_days)
    referral = repo_places.add_referral(
        turn.session, resident_id=turn.resident.id, conversation_id=turn.conversation.id, resource_id=resource.id,
        topics=_topics(turn), consent=consent, consent_version=cfg.consent_version,
        consent_text=turn.t("referral.consent", **params), lang=turn.lang, created_at=turn.now, followup_due_at=due)
    privacy.record_consent(turn, "referral_share", consent == "share", "referral.consent",
                           subject=f"referral:{referral.id}", **params)
    repo_jobs.schedule_job(turn.session, FOLLOWUP_JOB, f"{FOLLOWUP_JOB}:{referral.id}", due, turn.resident.id,
                      {"referral_id": referral.id}, turn.now)
    turn.data.setdefault("referrals", []).append(
        {"id": referral.id, "resource": resource.key, "agency": resource.agency, "consent": consent,
         "at": turn.now.isoformat()})
    turn.data.pop("chosen_resource", None)
    details = contact_details(turn, resource)
    if consent == "share":
        turn.say("referral.done_share", **details)
    else:
        turn.say("referral.done_self", **details)


@job(FOLLOWUP_JOB)
def followup_job(turn: Turn, payload: dict) -> None:
    """Days after a referral: ask how it went (later, if a counselor is talking with the resident right now)."""
    referral = repo_places.referral(turn.session, int(payload.get("referral_id", 0)))
    if referral is None or referral.outcome is not None:
        return
    if turn.conversation.status in ("waiting", "active"):
        later = turn.now + timedelta(days=1)
        repo_jobs.schedule_job(turn.session, FOLLOWUP_JOB, f"{FOLLOWUP_JOB}:{referral.id}:{later.date().isoformat()}",
                          later, referral.resident_id, {"referral_id": referral.id}, turn.now)
        return
    referral.followup_sent_at = turn.now
    turn.data["followup_referral"] = referral.id
    turn.enter("referral_followup")


@provider("followup_prompt")
def followup_prompt(turn: Turn):
    """'A week ago we told you about X. How did it go?'"""
    rid = turn.data.get("followup_referral")
    referral = repo_places.referral(turn.session, int(rid)) if rid else None
    resource = repo_places.resource(turn.session, referral.resource_id) if referral else None
    if resource is None:
        return "referral.followup_ask_general", {}, []
    return None, {"agency": resource_name(turn, resource),
                  "date": formatting.day(referral.created_at, turn.lang, turn.services.office.tz)}, []


@action("record_followup")
def record_followup(turn: Turn) -> None:
    """Store how the referral went; anything but 'it helped' is followed by the offer of a counselor."""
    rid = turn.data.pop("followup_referral", None)
    referral = repo_places.referral(turn.session, int(rid)) if rid else None
    if referral is not None and turn.value in OUTCOMES and referral.resident_id == turn.resident.id:
        referral.outcome, referral.outcome_at = turn.value, turn.now
    if turn.value == "helped":
        turn.say("referral.followup_glad")
    else:
        turn.say("referral.followup_thanks")


@action("followup_later")
def followup_later(turn: Turn) -> None:
    """The resident does not want a counselor now: say the door stays open."""
    turn.say("referral.followup_later")
