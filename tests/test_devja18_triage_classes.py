"""Classes of Japanese misses and false alarms found in benchmarks/triage_heldout/2026-12-10.tsv (issue 18, session 18):
crises said without the usual words (one's life insurance to pay a debt, the food run out with the money, a meal gone
said without a particle, a car home written in kana, put out and now in front of a shop, a cut notice in polite words or
a cut written in kana, a question for food or a bed read as having them), and worries read as crises (a question of when
the supply is cut, a past age of life, a place to go in the day, a thing asked about in general, people in general, a
title quoted, a cut once had). Each test holds messages of the class written here, not the set's own lines."""

import pytest

from tests.triage_support import raised


@pytest.mark.parametrize("text", [
    "ローンが返せない。死亡保険が出れば全部返せるのに",
    "借金が300万。自分の生命保険で返済できるか調べてる",
    "生命保険が下りれば借金は帳消しになるよね",
])
def test_a_resident_who_counts_on_their_own_life_insurance_for_a_debt_is_asked_about_suicide(classify, text):
    assert "suicide" in raised(classify(text))


@pytest.mark.parametrize("text", [
    "生命保険の解約返戻金で借金を返したい",
    "夫の生命保険で住宅ローンを払い終えました",
    "生命保険の見直しをしたいです",
    "生命保険料が高くて払えない",
    "生命保険で払ってる保険料が高すぎる",
    "生命保険からお金を借りて返済にあてたい",
])
def test_a_life_insurance_cancelled_or_a_late_husbands_is_no_suicide_sign(classify, text):
    assert "suicide" not in raised(classify(text))


@pytest.mark.parametrize("text", [
    "口座に5円しかない。お米もなくなった",
    "食べ物が尽きた。年金の支給日まであと6日",
    "おかね ない。ごはん もう ない",
])
def test_food_run_out_with_the_money_or_a_meal_gone_without_a_particle_is_no_food(classify, text):
    assert "no_food" in raised(classify(text))


@pytest.mark.parametrize("text", [
    "お米が切れたので買いに行きます",
    "米が切れそうだから特売で買っておきたい",
])
def test_rice_run_out_and_bought_again_is_no_crisis(classify, text):
    assert not raised(classify(text))


@pytest.mark.parametrize("text, crisis", [
    ("冷蔵庫が空っぽです。食べ物もらえる場所ありますか", "no_food"),
    ("今夜寝る場所ありますか", "no_shelter"),
])
def test_a_question_for_food_or_a_bed_is_no_statement_of_having_them(classify, text, crisis):
    assert crisis in raised(classify(text))


@pytest.mark.parametrize("text", [
    "くるまのなかでねて2しゅうかん",
    "しゃちゅうはく 5にちめ",
])
def test_nights_in_a_car_written_in_kana_and_counted_are_asked_about(classify, text):
    assert "no_shelter" in raised(classify(text))


@pytest.mark.parametrize("text", [
    "親に追い出された。今は駅の前",
    "家から放り出されて、いま公園の横",
])
def test_put_out_and_now_in_front_of_a_station_or_beside_a_park_is_no_shelter(classify, text):
    assert "no_shelter" in raised(classify(text))


def test_put_out_and_now_at_a_friends_is_no_certain_night_outside(classify):
    assert "no_shelter" not in classify("追い出されたけど、今は友達の家にいる").crisis


@pytest.mark.parametrize("text", [
    "給水を停止しますとのお知らせが届いた",
    "がす きられた",
    "でんきをきられて真っ暗",
])
def test_a_cut_in_polite_words_or_written_in_kana_is_lifeline(classify, text):
    assert "lifeline" in raised(classify(text))


@pytest.mark.parametrize("text", [
    "ガス代いつまで払わないと止まるんですか",
    "水道って滞納何か月で止められますか",
    "前に電気を止められたことがあるので、今月は早めに払いたい",
])
def test_a_cut_asked_about_or_once_had_is_a_worry_about_money_not_a_cut_today(classify, text):
    result = classify(text)
    assert "lifeline" not in raised(result)
    assert "money" in result.topics


def test_a_cut_said_of_people_in_general_is_no_cut_in_this_home(classify):
    assert "lifeline" not in raised(classify("水道を止められた人ってどこに相談してるの?"))


def test_a_cut_today_beside_one_once_had_is_still_a_cut(classify):
    assert "lifeline" in raised(classify("今日ガスを止められた。前にも止められたことがある"))


@pytest.mark.parametrize("text", [
    "10代のころは死にたいとばかり思ってましたが、今は子育てで毎日忙しいです",
    "父が酒を飲んで暴れる時もありましたが、今は断酒して穏やかです",
])
def test_a_crisis_of_a_past_age_or_time_set_against_now_is_over(classify, text):
    assert not raised(classify(text))


@pytest.mark.parametrize("text, crisis", [
    ("10代の頃から死にたい気持ちがずっと消えない", "suicide"),
    ("20代の頃から夫に殴られてて、今はもっとひどい", "violence"),
])
def test_a_crisis_since_an_age_and_still_there_is_a_crisis(classify, text, crisis):
    assert crisis in raised(classify(text))


def test_a_night_outside_defined_in_general_is_no_night_outside(classify):
    assert "no_shelter" not in classify("授業で路上生活とは何かを調べています").crisis


@pytest.mark.parametrize("text", [
    "追い出されて今夜行ける場所がない",
    "今夜行けるところがない",
    "私いまホームレスってやつです",
    "今夜は野宿ってことになりそう",
    "今夜どこか行ける場所ないかな",
    "追い出された。どこか行ける場所ないかな",
])
def test_nowhere_one_can_go_tonight_or_a_night_outside_said_of_oneself_is_no_shelter(classify, text):
    assert "no_shelter" in classify(text).crisis


@pytest.mark.parametrize("text", [
    "「死にたい夜にかぎって」って小説を読んでます",
    "「消えたい」という曲が好きでよく聴く",
])
def test_a_title_quoted_is_a_story(classify, text):
    assert "suicide" not in raised(classify(text))


@pytest.mark.parametrize("text", [
    "生活保護の申請って本人じゃなくてもできますか",
    "もう限界って本気で思う。死にたい",
])
def test_a_word_after_tte_that_begins_with_hon_is_no_book_title(classify, text):
    result = classify(text)
    if "死にたい" in text:
        assert "suicide" in result.crisis
    else:
        assert "money" in result.topics


@pytest.mark.parametrize("text, topics, not_topics", [
    ("ひとりで母の介護をしています", {"family"}, {"isolation"}),
    ("引っ越してきたばかりで友達がいない", {"isolation"}, {"housing"}),
    ("最近物忘れがひどくて心配", {"health"}, set()),
    ("毎日しんどくて朝起きられない", {"health"}, set()),
    ("来月から収入が減るので不安です", {"money"}, {"health"}),
    ("国民健康保険料が高すぎる", {"money"}, {"health"}),
    ("パートだけじゃ食べていかれへん", {"money"}, set()),
    ("競馬をやめたいのにやめられない", {"health"}, set()),
    ("もう何年も家族と話してない", {"isolation"}, set()),
    ("近所の人とも話さなくなった", {"isolation"}, set()),
    ("腰ば痛めて仕事ができん", {"health", "work"}, set()),
    ("体を壊して仕事を辞めた", {"health", "work"}, set()),
    ("じいちゃんが入院した", {"family", "health"}, set()),
])
def test_japanese_topics_of_a_task_alone_a_newcomer_memory_worry_insurance_habit_and_silence(classify, text, topics,
                                                                                           not_topics):
    found = set(classify(text).topics)
    assert topics <= found
    assert not not_topics & found


@pytest.mark.parametrize("text", [
    "母が「死にたい」ってよく言ってました。最近ちょっと心配",
    "祖父は昔「消えたい」とよく言っていた。どう向き合えばよかったのか",
])
def test_a_past_habit_of_saying_it_is_a_worry_about_health_not_a_crisis(classify, text):
    result = classify(text)
    assert not raised(result)
    assert "health" in result.topics


@pytest.mark.parametrize("text", ["死にたいってよく思う", "兄が今朝『死にたい』って言って部屋にこもってる"])
def test_a_wish_to_die_thought_often_or_said_today_is_suicide(classify, text):
    assert "suicide" in classify(text).crisis
