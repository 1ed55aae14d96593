"""Japanese topic classes (session 20): a topic's word must be a word of the message (not the sound of a loanword,
ファンデ for 不安; not a kanji word in kana begun inside a longer one, いしゃ in かいしゃ; not particles that fold like a
katakana word, に・と for ニート); payday and pay eaten up by costs are money, not work; one's own business is work;
a girlfriend or an ex who hurts, throws things or lies in wait is a partner (family); a treatment the body depends on
and the body failing at stairs or walking are health; needed by no one, no acquaintances said politely, and a death
alone feared by one who lives alone are loneliness; a hangover is drink, drink sworn off is none; a neighbour's child
put out or hit is a child at risk, whose crying is no sadness of the resident's; furniture and being shut out of one's
home are housing, a night outdoors for fun is not; a film or drama watched, and a time one misses that is over, are no
topic of today. Every message is written here, not taken from the held-out sets; look-alikes are checked too."""

import pytest


def topics(classify, text: str) -> set:
    """The topics the shipped classifier gives a message."""
    return set(classify(text).topics)


@pytest.mark.parametrize("text, stray", [
    ("コンシーラーとファンデで顔の傷を隠して学校に行ってる", "health"),
    ("かいしゃの じょうしに どなられます", "health"),
    ("仕事がないのに、と母に言われた", None),
])
def test_a_topic_word_is_a_word_of_the_message(classify, text, stray):
    found = topics(classify, text)
    if stray:
        assert stray not in found
    else:  # ニート (にと) is not read in 「…のに、と」; the job named there still counts
        assert "work" in found


@pytest.mark.parametrize("text, topic", [
    ("ふあんで ねむれない", "health"),
    ("ニートです。仕事探したい", "work"),
    ("かいしゃを クビに なりました", "work"),
])
def test_kanji_words_typed_in_kana_and_katakana_words_still_count(classify, text, topic):
    assert topic in topics(classify, text)


@pytest.mark.parametrize("text", [
    "家賃払ったら給料日まで3千円",
    "給料日は25日なのにガス代の引き落としが先に来る",
    "家賃と光熱費で給料がほぼ消えていく",
    "奨学金の返済で給料が飛んでいく",
])
def test_payday_and_pay_eaten_up_by_costs_are_money_not_work(classify, text):
    found = topics(classify, text)
    assert "money" in found
    assert "work" not in found


@pytest.mark.parametrize("text", [
    "給料が安すぎて生活できない",
    "給料日なのに会社から振り込まれてない",
])
def test_the_pay_itself_stays_work(classify, text):
    assert "work" in topics(classify, text)


@pytest.mark.parametrize("text", [
    "自営業なんですが、売上が半分になって家賃が払えない",
    "小さい店をやっていて、売り上げが落ちて困ってる",
    "商売がうまくいかなくて借金が増えた",
])
def test_ones_own_business_is_work(classify, text):
    assert "work" in topics(classify, text)


@pytest.mark.parametrize("text", [
    "彼女に殴られて鼻血が出た",
    "別れた元カノに毎日つきまとわれてる",
    "同棲中の恋人に物を投げつけられる",
    "元彼がバイト先の前で待ち伏せしてくる",
])
def test_a_partner_or_ex_who_hurts_or_stalks_is_family(classify, text):
    assert "family" in topics(classify, text)


@pytest.mark.parametrize("text", ["彼女と別れて寂しい", "彼女の家に泊まってる"])
def test_a_girlfriend_named_without_harm_is_no_family_matter(classify, text):
    assert "family" not in topics(classify, text)


@pytest.mark.parametrize("text", [
    "インスリンの注射代が高くて",
    "週3回の透析に通うバス代がない",
    "階段を上るのがきつくなった",
    "坂がきつくて買い物に行けない",
    "歩くのがつらくなってきた",
    "少し動くと息切れがする",
])
def test_a_treatment_depended_on_or_the_body_failing_at_an_effort_is_health(classify, text):
    assert "health" in topics(classify, text)


def test_a_hard_job_is_no_health(classify):
    assert "health" not in topics(classify, "仕事がきつい")


def test_a_worry_about_a_rumour_is_its_matter_not_health(classify):
    found = topics(classify, "来月から家賃が上がるって噂で不安")
    assert "health" not in found
    assert "housing" in found


@pytest.mark.parametrize("text", [
    "誰にも必要とされてないって感じる",
    "近所に知り合いがいません",
    "こっちに友達がいません",
    "一人暮らしで、いつか孤独死するんじゃないかって思う",
    "孤独死の特集を見て怖くなった。私も一人暮らしだから",
])
def test_needed_by_no_one_no_acquaintances_and_a_lonely_death_feared_are_loneliness(classify, text):
    assert "isolation" in topics(classify, text)


def test_living_alone_alone_is_no_loneliness(classify):
    assert "isolation" not in topics(classify, "ひとり暮らしで仕事がない")


def test_a_hangover_is_drink_and_health(classify):
    assert "health" in topics(classify, "二日酔いで頭がガンガンする")


@pytest.mark.parametrize("text", ["お酒は飲まないので会社の飲み会が苦手", "酒は飲んでないです。新しい職場を探してます"])
def test_drink_not_taken_or_sworn_off_is_no_health(classify, text):
    assert "health" not in topics(classify, text)


@pytest.mark.parametrize("text", [
    "下の階の子がベランダに出されて泣いてる",
    "隣の部屋の子どもが毎晩叩かれてるみたいで泣き声がする",
])
def test_a_neighbours_child_put_out_or_hit_is_a_child_at_risk_and_its_crying_is_not_the_residents(classify, text):
    result = classify(text)
    assert set(result.topics) == {"family"}
    assert "violence" in result.crisis


def test_a_noisy_neighbours_child_is_no_child_at_risk(classify):
    result = classify("隣の子がうるさい")
    assert not result.crisis
    assert "family" not in result.topics


@pytest.mark.parametrize("text", ["家具も家電もなくて困ってる", "姉に家から閉め出されて今外にいる"])
def test_furniture_and_being_shut_out_of_home_are_housing(classify, text):
    assert "housing" in topics(classify, text)


@pytest.mark.parametrize("text", [
    "キャンプで野宿してきた、星がきれいだった",
    "昨日見た映画で主人公が借金まみれになってた",
    "先週観たドラマ、主人公がクビになる話で笑った",
])
def test_a_night_out_for_fun_or_a_film_watched_is_no_topic_of_the_residents(classify, text):
    assert not topics(classify, text) & {"housing", "money", "work"}


def test_a_time_missed_that_is_over_is_no_topic_of_today(classify):
    found = topics(classify, "実家にいた頃が懐かしい。今は寮で暮らしてる")
    assert "family" not in found
    assert "housing" in found
