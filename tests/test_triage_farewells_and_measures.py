"""Classes read in session 14 from a blind set measured once (benchmarks/triage_heldout/2026-12-06-f.tsv), both
sides, in every keyword language where they apply:
- a farewell followed by silence (「今までありがとう、さよなら」ってLINEが来て既読がつかない, "texted goodbye and now he's
  not answering") is a sign of suicide; a goodbye at a job, an airport or a graduation is not;
- heat, cold or a laugh measured with a word of dying, with a laugh after it ("Nóng chết mất haha", 「ร้อนจะตาย 555」)
  is an exaggeration in every language, not even a question; a plain wish to die in the same languages still is a crisis;
- hunger itself is never the exaggeration: "so hungry, I haven't eaten in 3 days" is no food today;
- a supply named a little further from its cut than a gap keyword reaches, or a cut said as "unusable" with the
  arrears (zh, vi), is a cut; a neck grabbed, or a loan shark's threat to the family, is violence;
- at the end of one's strength, going "to the sea" with one's child is a parent-child suicide; a trip is not;
- a park bench slept on, "no clue where to sleep", "solo tomo agua" are crises; "vivo solo y el agua…" is no hunger;
- the borrowed "food bank" and unpaid overtime are money in every language that lacked them."""
import pytest


@pytest.mark.parametrize("text, lang", [
    ("友達から「今までありがとう、さよなら」ってLINE来て、それから既読つかない", "ja"),
    ("my brother texted me goodbye and now he's not answering", "en"),
    ("Mi hijo me mandó un mensaje diciendo adiós, que ya no aguanta", "es"),
    ("Teman saya kirim pesan \"maaf, selamat tinggal\", dia udah lama depresi", "id"),
    ("Bạn em nhắn tạm biệt rồi không trả lời nữa", "vi"),
    ("nagpaalam siya sa akin tapos hindi sumasagot", "tl"),
    ("他发来说再见，现在联系不上", "zh"),
    ("친구가 작별 인사를 하고 연락이 안 돼요", "ko"),
    ("ele se despediu e agora não atende", "pt"),
    ("เขาส่งข้อความบอกลาแล้วติดต่อไม่ได้", "th"),
])
def test_a_farewell_followed_by_silence_is_a_sign_of_suicide(classify, text, lang):
    assert "suicide" in classify(text, lang).crisis


@pytest.mark.parametrize("text, lang", [
    ("my coworker retired today and sent a goodbye message to everyone", "en"),
    ("I said goodbye to my friend at the airport, now I'm alone", "en"),
    ("送別会でお別れのメッセージを書きました", "ja"),
    ("転勤する同僚にお別れのメッセージを送りたい", "ja"),
])
def test_a_goodbye_at_a_job_or_an_airport_is_no_crisis(classify, text, lang):
    result = classify(text, lang)
    assert not result.crisis and not result.possible, result


@pytest.mark.parametrize("text, lang", [
    ("Nóng chết mất haha", "vi"), ("ร้อนจะตายอยู่แล้ว 555", "th"), ("더워 죽겠다 ㅋㅋ", "ko"),
    ("me muero de calor jaja", "es"), ("to morrendo de calor kkk", "pt"), ("mamamatay na ako sa init haha", "tl"),
    ("热死了哈哈", "zh"), ("so hot i could die lol", "en"), ("暑すぎて死ぬｗｗ", "ja"),
])
def test_heat_measured_with_a_word_of_dying_and_a_laugh_is_no_crisis_and_no_question(classify, text, lang):
    result = classify(text, lang)
    assert not result.crisis and not result.possible, result


@pytest.mark.parametrize("text, lang", [
    ("Tôi muốn chết", "vi"), ("죽고 싶어", "ko"), ("quiero morir", "es"), ("quero morrer", "pt"),
    ("gusto ko nang mamatay", "tl"), ("ไม่อยากอยู่แล้ว อยากตาย", "th"), ("我想死", "zh"), ("saya mau mati saja", "id"),
])
def test_a_plain_wish_to_die_stays_a_crisis_in_the_languages_that_learned_exaggerations(classify, text, lang):
    assert "suicide" in classify(text, lang).crisis


@pytest.mark.parametrize("text, lang", [
    ("so hungry i have not eaten in 3 days", "en"),
    ("Em đói mà không có tiền mua đồ ăn", "vi"),
    ("이틀째 굶었어요 배고파서 잠도 못 자요", "ko"),
    ("Desde el jueves solo tomo agua del caño, no tengo ni un yen", "es"),
])
def test_hunger_itself_is_never_the_exaggeration(classify, text, lang):
    assert "no_food" in classify(text, lang).crisis


def test_living_alone_with_the_water_cut_is_no_hunger(classify):
    result = classify("vivo solo y el agua está cortada", "es")
    assert "lifeline" in result.crisis and "no_food" not in result.crisis


@pytest.mark.parametrize("text, lang, crisis", [
    ("電気代3ヶ月分たまってて今日とめられた 真っ暗 エアコンも動かない 子どもいる", "ja", "lifeline"),
    ("家里煤气和热水都用不了了，燃气公司说欠费三个月，要交清才能开", "zh", "lifeline"),
    ("Về nhà thấy tối thui, bật công tắc không lên, hóa đơn điện nợ 3 tháng rồi", "vi", "lifeline"),
    ("夫が昨日は私の首をつかみました", "ja", "violence"),
    ("闇金に「今日払わんかったら家族がどうなるか分かっとるよな」って言われた。怖い", "ja", "violence"),
    ("うちはもう限界やっど。子どもと一緒に海に行こうかと思っちょる", "ja", "suicide"),
    ("药已经攒了一瓶，这次应该够了", "zh", "suicide"),
    ("公園のベンチで寝て4日目です", "ja", "no_shelter"),
    ("i'm at the station with my bag, no clue where to sleep", "en", "no_shelter"),
])
def test_crises_said_in_ways_the_lists_did_not_know(classify, text, lang, crisis):
    assert crisis in classify(text, lang).crisis


@pytest.mark.parametrize("text", ["夏休みは子どもと一緒に海に行こうと思ってます", "育児疲れた〜週末は子どもと海に行こうかな",
                                  "仕事で疲れたけど、週末は子どもと海に行きます"])
def test_a_trip_to_the_sea_with_the_children_is_no_crisis(classify, text):
    assert "suicide" not in classify(text, "ja").crisis


@pytest.mark.parametrize("text, lang", [
    ("Cho em hỏi food bank ở đâu ạ", "vi"), ("¿dónde hay un banco de comida?", "es"),
    ("Onde fica o food bank mais perto?", "pt"), ("ฟู้ดแบงก์อยู่ที่ไหนคะ", "th"), ("food bank ဘယ်မှာလဲ", "my"),
    ("请问附近有food bank吗", "zh"), ("푸드뱅크 어디에 있어요?", "ko"),
])
def test_asking_for_the_food_bank_is_money_and_no_crisis(classify, text, lang):
    result = classify(text, lang)
    assert "money" in result.topics and not result.crisis and not result.possible, result


@pytest.mark.parametrize("text, lang", [
    ("A empreiteira não pagou as horas extras de setembro", "pt"), ("no me pagaron las horas extras", "es"),
    ("my boss is not paying overtime", "en"), ("အလုပ်ရှင်က အချိန်ပိုကြေး မပေးဘူး", "my"),
])
def test_unpaid_overtime_is_work_and_money(classify, text, lang):
    assert {"work", "money"} <= set(classify(text, lang).topics)


@pytest.mark.parametrize("text, lang", [
    ("my mom says i am useless and i want to die", "en"), ("母が死にたいって言ってる。私も死にたい", "ja"),
    ("mi mamá dice que soy inútil y yo quiero morir", "es"), ("meu pai diz que sou um fracasso e eu quero morrer", "pt"),
    ("妈妈说我没用，我也不想活了", "zh"), ("엄마가 나보고 쓸모없대요. 저도 죽고 싶어요", "ko"),
])
def test_the_residents_own_wish_to_die_beside_what_a_parent_says_is_the_residents(classify, text, lang):
    result = classify(text, lang)
    assert "suicide" in result.crisis and "someone_else" not in result.situations, result


@pytest.mark.parametrize("text, lang", [("my mom says she wants to die", "en"), ("母が死にたいって言ってる", "ja"),
                                        ("mi hermana dice que quiere morir", "es")])
def test_another_persons_wish_alone_is_still_someone_elses(classify, text, lang):
    assert "someone_else" in classify(text, lang).situations


@pytest.mark.parametrize("text", ["ไฟถูกตัด", "บ้านฉันไฟฟ้าโดนตัดเมื่อวาน", "น้ำที่ห้องถูกตัดแล้ว"])
def test_a_thai_cut_said_with_the_passive_after_the_supply_is_a_cut(classify, text):
    assert "lifeline" in classify(text, "th").crisis


@pytest.mark.parametrize("text, lang", [("水道の工事で水が止まってます", "ja"), ("今日は工事のため断水です", "ja"),
                                        ("the water is off for construction today", "en"), ("ゲームで殺された", "ja")])
def test_works_on_the_pipes_and_a_death_in_a_game_are_no_crisis(classify, text, lang):
    assert not classify(text, lang).crisis


@pytest.mark.parametrize("text, lang, crisis", [("水道止められた", "ja", "lifeline"), ("they cut off my water", "en", "lifeline"),
                                                ("夫に殺されそう", "ja", "violence")])
def test_a_cut_or_a_threat_without_works_or_a_game_still_is_one(classify, text, lang, crisis):
    assert crisis in classify(text, lang).crisis


@pytest.mark.parametrize("text, lang", [
    ("Help, I dont know what to do anymore", "en"), ("Ayuda, ya no sé qué hacer", "es"),
    ("Tulong po, hindi ko na alam ang gagawin ko", "tl"), ("Xin hãy giúp tôi, tôi không biết phải làm sao nữa", "vi"),
    ("não sei mais o que fazer", "pt"),
])
def test_not_knowing_what_to_do_anymore_with_no_problem_named_is_asked_about_gently(classify, text, lang):
    assert "suicide" in classify(text, lang).possible


def test_not_knowing_what_to_do_after_losing_a_job_is_about_the_job(classify):
    result = classify("perdí mi trabajo y ya no sé qué hacer", "es")
    assert "work" in result.topics and not result.possible and not result.crisis
