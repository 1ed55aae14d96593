"""Japanese topic classes read in session 21 from the second development set benchmarks/triage_heldout/2026-12-18.tsv
(messages here are written fresh, several wordings per class, with counter-examples):
- a topic that is someone else's: another's family (「友達のお母さんが」), another who does not work (「弟が働かない」), care
  as the resident's own trade (「介護の仕事で来日」), a language speaker asked for (「タイ語話せる人」), no guarantor
  (「保証人がいない」), a dorm named for its meals or its people (「寮のご飯」「同じ寮の人」), a pay spent on costs, 主人公;
- a topic named only by what is around it: a qualification to gain, a change made at work, a trade named, a shop taken
  over or closing, hurt by a customer (work); hearing or sight going, the body hard to bear, ill in bed (health); money
  lasting to a day, a lease renewal due (money); another room wanted, a home damaged, a capsule's charge (housing);
  getting on with people hard, watching over the old (isolation)."""
import pytest


def _topics(classify, text):
    return set(classify(text, "ja").topics)


@pytest.mark.parametrize("text", [
    "同僚の奥さんが入院したらしい。私は派遣の契約のことで相談したい",
    "友だちのお父さんがリストラされたって聞いた。私も仕事が不安",
    "知り合いの息子さんがひきこもってるらしい。うちは大丈夫だけど、相談先を知りたい",
])
def test_a_family_of_another_persons_is_no_family_matter(classify, text):
    assert "family" not in _topics(classify, text)


@pytest.mark.parametrize("text", [
    "友達の家に泊まってたら、母から帰ってこいって電話がきた",
    "同僚に相談したら、まず夫と話せと言われました",
])
def test_the_residents_own_family_beside_a_friend_stays_family(classify, text):
    assert "family" in _topics(classify, text)


@pytest.mark.parametrize("text", [
    "弟が働かないで毎日ゲームしてる。親の年金が頼り",
    "夫は働かずに昼から寝てばかり。生活費が足りない",
    "成人した娘が働かないまま家にいて、私の貯金が減る一方",
])
def test_another_who_does_not_work_is_no_work_of_the_residents(classify, text):
    topics = _topics(classify, text)
    assert "work" not in topics and "family" in topics


@pytest.mark.parametrize("text", [
    "夫が働かないので私がパートを増やしました",
    "兄が働かなくなって、私の給料だけで家族を支えてる",
])
def test_the_residents_own_work_beside_anothers_idleness_stays_work(classify, text):
    assert "work" in _topics(classify, text)


@pytest.mark.parametrize("text", [
    "家賃と光熱費で給料がほぼ全部消えてしまう",
    "母の入院費と家賃で給料がすぐに消える",
])
def test_a_pay_spent_on_costs_is_money(classify, text):
    topics = _topics(classify, text)
    assert "money" in topics and "work" not in topics


@pytest.mark.parametrize("text", [
    "介護の仕事で日本に来ました。寮を出たいです",
    "介護職をしています。腰を痛めて労災を使いたい",
    "介護士として働いてるけど給料が安い",
])
def test_care_as_the_residents_trade_is_work_not_family(classify, text):
    topics = _topics(classify, text)
    assert "work" in topics and "family" not in topics


def test_care_of_a_parent_beside_a_care_job_stays_family(classify):
    assert "family" in _topics(classify, "介護の仕事を辞めて、今は父の介護をしています")


@pytest.mark.parametrize("text", [
    "タイ語話せる人いますか？家賃のことで聞きたい",
    "中国語が話せる人はいますか。仕事の相談です",
    "アパートを借りたいけど保証人がいないです",
    "保証人もいないし、部屋が見つかりません",
])
def test_a_speaker_or_a_guarantor_asked_for_is_no_loneliness(classify, text):
    assert "isolation" not in _topics(classify, text)


@pytest.mark.parametrize("text", [
    "話せる人が誰もいない。毎日さみしい",
    "日本に来てから話す人がいません",
])
def test_no_one_to_talk_to_stays_loneliness(classify, text):
    assert "isolation" in _topics(classify, text)


@pytest.mark.parametrize("text", [
    "同じ寮の人がずっと咳をしていて心配です",
    "給料が出なくて、寮のご飯も出してもらえない",
])
def test_a_dorm_named_for_its_people_or_meals_is_no_housing(classify, text):
    assert "housing" not in _topics(classify, text)


@pytest.mark.parametrize("text", [
    "寮を追い出されそうです",
    "会社の寮の家賃が上がった",
])
def test_the_dorm_one_lives_in_stays_housing(classify, text):
    assert "housing" in _topics(classify, text)


def test_the_hero_of_a_story_is_no_husband(classify):
    assert "family" not in _topics(classify, "漫画を描いてます。主人公が借金で困る話なんですが、取り立てってどんな感じですか")


@pytest.mark.parametrize("text", [
    "主人を亡くしてから、娘と二人で暮らしています。遺族年金の手続きを知りたい",
    "妻に先立たれたけど、長男の家族と同居してます。相続の相談です",
])
def test_a_spouse_lost_by_one_living_with_others_is_no_life_alone(classify, text):
    assert "isolation" not in _topics(classify, text)


def test_a_spouse_lost_and_living_alone_stays_isolation(classify):
    assert "isolation" in _topics(classify, "夫を亡くしてから一人で暮らしています")


@pytest.mark.parametrize("text", [
    "同じ団地の人が孤独死した。自分もいつかそうなるんじゃないかと不安",
    "保証会社の審査に落ちるかと不安です。アパートを探してます",
])
def test_a_worry_about_a_thing_feared_is_no_health(classify, text):
    assert "health" not in _topics(classify, text)


def test_anxiety_felt_in_the_body_stays_health(classify):
    assert "health" in _topics(classify, "毎晩わけもなく不安で、動悸がする")


@pytest.mark.parametrize("text", [
    "安く作れる献立を教えてほしい",
    "格安でできる自炊のコツありますか",
])
def test_cheap_meals_asked_for_are_money(classify, text):
    assert "money" in _topics(classify, text)


def test_a_recipe_easy_to_eat_is_no_money(classify):
    assert "money" not in _topics(classify, "母が入院中で、食べやすいレシピを知りたい")


@pytest.mark.parametrize("text", [
    "上の階の一人暮らしのおじいちゃん、最近見かけないんです",
    "近所に住んでるばあちゃんが、ガスを止められたらしい",
])
def test_a_neighbours_grandparent_with_words_between_is_no_family(classify, text):
    assert "family" not in _topics(classify, text)


@pytest.mark.parametrize("text", [
    "おじいが入院して、畑の仕事がまわらんさー",
    "おっかあの年金だけで暮らしとる",
])
def test_a_grandparent_or_parent_in_a_regions_words_is_family(classify, text):
    assert "family" in _topics(classify, text)


def test_an_old_stranger_is_no_family(classify):
    assert "family" not in _topics(classify, "駅で知らないおじいさんに怒鳴られた。仕事に遅れそう")
