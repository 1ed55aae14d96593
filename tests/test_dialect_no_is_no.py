"""A no said the Kansai or polite way — 「いや、かまへん」「いや、ええよ」 (no, it's fine: no need), 「ええわ」「いらへん」
「結構」 — is a no at every yes / no question, never a yes: at the accompanied visit's consent question it books
without passing the summary on (「いや、かまへん」 had given consent to share). 「かまへん」 alone is still a yes;
a message read as both a yes and a no is no consent (asked again)."""
import pytest

from tests.booking_helpers import active_bookings
from tests.test_a_typed_no_at_the_consent_question import _at_the_consent_question

pytestmark = pytest.mark.wordings  # the parameters change only the words: CI's PostgreSQL pass runs the first


@pytest.mark.parametrize("reply", ["いや、かまへん", "いや、ええよ", "ううん、いいよ", "いや、構いません", "ええわ", "いや、ええわ",
                                   "いらへん", "結構", "けっこうです"])
def test_a_dialect_no_at_the_consent_question_shares_nothing(runtime, resident, reply):
    _at_the_consent_question(runtime, resident)
    said = resident.texts(resident.say(reply))
    assert "予約できました" in said, said
    [booking] = active_bookings(runtime)
    assert not booking.consent_to_share


@pytest.mark.parametrize("reply", ["かまへん", "うん、かまへんよ", "ええよ"])
def test_dont_mind_alone_or_after_a_yes_still_consents(runtime, resident, reply):
    _at_the_consent_question(runtime, resident)
    resident.say(reply)
    [booking] = active_bookings(runtime)
    assert booking.consent_to_share


@pytest.fixture(scope="module")
def intents():
    from dialogs.triage.classifier import Classifier

    classifier = Classifier.from_directory("dialogs/keywords")
    return lambda text, lang="ja": set(classifier.classify(text, lang).intents)


@pytest.mark.parametrize("reply", ["いや、かまへん", "いや、ええよ", "いいえ、かまいません", "ええわ", "いいって", "いらへん",
                                   "結構", "けっこうです", "いらん"])
def test_a_dialect_no_is_read_as_no_and_never_as_yes(intents, reply):
    said = intents(reply)
    assert "no" in said and "yes" not in said, said
