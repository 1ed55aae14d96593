"""A threat to kill told in reported speech (「夫が殺すって言ってる」「殺してやるってLINEが来た」) is violence against
the resident, not someone else's crisis; killing pests is no violence."""
import pytest


@pytest.mark.parametrize("text", ["夫が殺すって言ってる", "夫に殺すって言われた", "元彼に殺してやるってLINEが来た",
                                  "彼氏が殺すと言ってきて怖い"])
def test_a_threat_to_kill_is_violence_against_the_resident(classify, text):
    result = classify(text)
    assert "violence" in result.crisis and "someone_else" not in result.situations, result


def test_a_friends_wish_to_die_is_still_someone_elses():
    from dialogs.triage import default_classifier
    assert "someone_else" in default_classifier().classify("友達が死にたいって言ってる").situations


def test_killing_cockroaches_is_no_violence(classify):
    assert not classify("ゴキブリを殺すってどうやるの").crisis
