"""A utility cut announced in Japanese is read by its day, as in the other languages (dialogs/triage/cuts.py): a stop
due next month or weeks away is a bill to arrange, one due today or tomorrow is today's crisis, a supply already cut
stays a crisis whatever later day is named. Every message here was written for these tests."""
import pytest

from tests.triage_support import raised


@pytest.mark.parametrize("words", [
    "電力会社から、来月末までに入金がなければ送電を止めますというハガキが届きました",
    "らいげつ までに はらわないと がす とめます って てがみ が きた",
    "水道の停止予定日が再来月の5日と書いてあります。それまでに払えるか心配",
    "年明けにガスを止めますとの通知。まだ時間があるので分割の相談をしたい",
    "電気の停止予定は3週間後だそうです。電気代を少しずつ払う方法はありますか",
])
def test_a_stop_announced_for_next_month_or_weeks_away_is_a_bill_not_todays_crisis(classify, words):
    result = classify(words)
    assert "lifeline" not in raised(result)
    assert "money" in result.topics


@pytest.mark.parametrize("words", [
    "ガス会社の人が来て、今夜止めますと言われました",
    "電気、あした止めますっていう紙が入ってた。来月にならないと給料が出ない",
    "本日停止しますとの連絡がありました。水道です",
])
def test_a_stop_announced_for_today_or_tomorrow_is_todays_crisis_even_beside_a_later_day(classify, words):
    assert "lifeline" in classify(words).crisis


@pytest.mark.parametrize("words", [
    "電気を止められて二日目です。来月まで収入がありません",
    "昨日から水が出ない。払えるのは来月になる",
])
def test_a_supply_already_cut_stays_a_crisis_whatever_later_day_is_named(classify, words):
    assert "lifeline" in classify(words).crisis
