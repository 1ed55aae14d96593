"""Crisis classes of the other languages (session 20), each written in several languages: a cut announced for next
month, romanised Nepali nights outside, a film watched, things thrown or smashed, pills saved up, utilities cut together,
wages unpaid for months, a blackout of the block. Every message here was written for these tests."""
import pytest

from tests.triage_support import raised

# --- a cut announced for a day weeks away is a bill to arrange; one due today stays a crisis ----------------------

@pytest.mark.parametrize("lang, words", [
    ("en", "the water company sent a letter, water gets shut off next month unless I pay"),
    ("en", "power will get cut next month if I don't pay, what do I do now?"),
    ("es", "me llegó un aviso, el mes que viene me cortan la luz si no pago, ¿qué hago ahora?"),
    ("pt", "chegou aviso que a luz vai ser cortada mês que vem, o que faço agora?"),
    ("ne", "अर्को महिना पानी काट्ने भनेर सूचना आयो, अब के गर्ने?"),
    ("tl", "may sulat na puputulan kami ng tubig sa susunod na buwan, ano gagawin ko ngayon?"),
    ("vi", "có giấy báo tháng sau cắt điện nếu không đóng, giờ em phải làm sao?"),
    ("zh", "收到通知说下个月要停电，现在该怎么办？"),
    ("zh", "下个月电费不交会不会停电？现在还没收到单子"),
])
def test_a_cut_announced_for_next_month_is_money_and_no_crisis(classify, lang, words):
    result = classify(words, lang)
    assert "lifeline" not in raised(result)
    assert "money" in result.topics


@pytest.mark.parametrize("lang, words", [
    ("zh", "现在就要停电了，我交不起电费"),
    ("ne", "आज बिजुली काट्छ रे, पैसा छैन"),
    ("en", "my power got cut off this morning, I could not pay the bill"),
])
def test_a_cut_of_today_is_still_raised(classify, lang, words):
    assert "lifeline" in raised(classify(words, lang))


# --- romanised Nepali: a night outside -------------------------------------------------------------------------------

@pytest.mark.parametrize("words", [
    "aaja rati sadak ma sutnu parchha",
    "ryou bata nikalyo, sutne thau chhaina",
    "basne thau chaina, park ma sutdai chu",
    "kaam bata nikale, ryou bata pani niskanu parne, aaja rati kaha sutne thaha chhaina",
])
def test_a_night_outside_in_romanised_nepali_is_no_shelter(classify, words):
    result = classify(words, "ne")
    assert "no_shelter" in result.crisis
    assert "housing" in result.topics


# --- a film or drama watched: the tears and deaths are the story's ---------------------------------------------------

@pytest.mark.parametrize("lang, words", [
    ("es", "vi una película muy triste, el protagonista muere, lloré mucho jaja"),
    ("pt", "a novela ontem foi muito triste, a mocinha morreu, chorei kkkk"),
    ("id", "nonton drama korea semalam, pemeran utamanya meninggal, aku nangis terus"),
    ("th", "ดูหนังเมื่อคืน พระเอกตาย ร้องไห้หนักมาก"),
    ("tl", "nanood ako ng pelikula kagabi, namatay yung bida, iyak ako nang iyak haha"),
    ("zh", "昨晚看电视剧，女主角死了，我哭了好久"),
    ("en", "watched a sad movie last night, the main character dies, I cried so much lol"),
])
def test_crying_at_a_film_is_no_topic_and_no_crisis(classify, lang, words):
    result = classify(words, lang)
    assert not result.topics
    assert not raised(result)


@pytest.mark.parametrize("lang, words", [
    ("en", "watched a movie and cried, honestly I want to die too"),
    ("es", "vi una película y lloré, mi marido me pega igual que en la película"),
    ("zh", "看电视剧哭了，其实我老公也天天打我"),
])
def test_a_crisis_of_ones_own_beside_a_film_still_counts(classify, lang, words):
    assert raised(classify(words, lang)) & {"suicide", "violence"}


# --- things thrown at the resident, things smashed, locked out on the balcony ----------------------------------------

@pytest.mark.parametrize("lang, words", [
    ("en", "he threw a plate at me last night"),
    ("en", "my wife locked me out on the veranda all night in the cold"),
    ("es", "me tiró un vaso a la cara"),
    ("pt", "ele jogou o celular em mim"),
    ("tl", "binato niya ako ng plato"),
    ("vi", "chồng ném điện thoại vào em"),
    ("zh", "他把手机砸向我"),
    ("ko", "남편이 휴대폰을 나한테 던졌어요"),
    ("id", "suami melempar piring ke arahku"),
    ("th", "สามีปาแก้วใส่ฉัน"),
    ("ko", "남편이 술 마시면 물건을 다 부숴요"),
    ("pt", "ele bebe e quebra tudo em casa, tenho medo"),
    ("id", "suami mabuk banting-banting barang, aku takut"),
    ("tl", "lasing si mister at nagbabasag ng gamit, takot ako"),
    ("th", "สามีเมาแล้วทุบข้าวของ ฉันกลัว"),
])
def test_things_thrown_or_smashed_are_violence(classify, lang, words):
    assert "violence" in classify(words, lang).crisis


def test_locked_out_on_the_balcony_is_violence_not_a_night_outside(classify):
    result = classify("my husband threw the remote at me and locked me out on the balcony, scared to go back in", "en")
    assert "violence" in result.crisis and "no_shelter" not in result.crisis


@pytest.mark.parametrize("lang, words", [
    ("vi", "chồng say rượu đập phá đồ đạc, đuổi mẹ con em ra đường"),
    ("en", "he gets drunk and smashes everything, threw me and the kids out on the street"),
    ("es", "cuando toma rompe todo y nos echó a la calle a mí y a mi hija"),
    ("zh", "他喝醉了就砸东西，把我和孩子赶到街上了"),
    ("pt", "ele quebrou tudo e me jogou na rua com meu filho"),
    ("ko", "남편이 때리고 아이랑 길거리로 쫓겨났어요"),
])
def test_violence_and_put_out_onto_the_street_is_both(classify, lang, words):
    assert {"violence", "no_shelter"} <= set(classify(words, lang).crisis)


@pytest.mark.parametrize("lang, words", [
    ("zh", "老公一喝醉就打我"),
    ("vi", "chồng say rượu là đánh em"),
    ("en", "my husband hits me whenever he is drunk"),
])
def test_a_drunk_spouse_who_hits_is_violence_not_health(classify, lang, words):
    result = classify(words, lang)
    assert "violence" in result.crisis and "health" not in result.topics


# --- pills saved up or ready: the means at hand ---------------------------------------------------------------------

@pytest.mark.parametrize("lang, words", [
    ("es", "ya junté las pastillas, perdónenme todos"),
    ("es", "ya no aguanto más, tengo las pastillas listas"),
    ("pt", "já separei os comprimidos, me perdoem por tudo"),
    ("en", "been saving up pills for weeks, I think tonight is the night"),
    ("vi", "em đã chuẩn bị sẵn thuốc rồi, xin lỗi mọi người"),
    ("tl", "handa na yung mga pills, patawarin niyo ako"),
    ("es", "ya no quiero seguir, ya tengo todo preparado"),
])
def test_pills_saved_up_are_a_wish_to_die(classify, lang, words):
    assert "suicide" in classify(words, lang).crisis


@pytest.mark.parametrize("lang, words", [
    ("en", "are my pills ready for pickup at the pharmacy?"),
    ("es", "ya no quiero seguir en esta empresa, busco otro trabajo"),
    ("pt", "não quero mais continuar no emprego"),
    ("en", "i dont want to go on the trip anymore"),
])
def test_pills_at_the_pharmacy_or_a_job_left_are_no_crisis(classify, lang, words):
    assert "suicide" not in classify(words, lang).crisis


# --- utilities cut together; wages unpaid; a blackout of the block ---------------------------------------------------

@pytest.mark.parametrize("lang, words", [
    ("zh", "水和电都被停了"),
    ("zh", "煤气和电都被停了，家里冷得要命"),
    ("vi", "bị cắt cả điện lẫn nước rồi"),
])
def test_utilities_cut_together_are_a_cut(classify, lang, words):
    assert "lifeline" in classify(words, lang).crisis


@pytest.mark.parametrize("lang, words", [
    ("ne", "तलब दुई महिनादेखि पाएको छैन"),
    ("ne", "तीन महिनादेखि तलब आएको छैन"),
])
def test_wages_unpaid_for_months_are_no_hunger(classify, lang, words):
    result = classify(words, lang)
    assert not raised(result)
    assert {"work", "money"} <= set(result.topics)


def test_wages_unpaid_and_no_food_is_still_no_food(classify):
    assert "no_food" in classify("तलब आएको छैन, तीन दिनदेखि केही खाएको छैन", "ne").crisis


@pytest.mark.parametrize("lang, words", [
    ("id", "listrik sempat mati, ternyata pemadaman satu kompleks, sekarang udah nyala lagi. mau tanya jam buka"),
    ("en", "the power went out last night because of the typhoon, its back now. when are you open?"),
    ("es", "hubo un apagón en todo el edificio pero ya volvió la luz"),
    ("vi", "tối qua mất điện cả khu, giờ có điện lại rồi"),
])
def test_a_blackout_of_the_area_that_is_over_is_no_cut_and_no_money(classify, lang, words):
    result = classify(words, lang)
    assert not raised(result)
    assert "money" not in result.topics


# --- idioms of hunger and tiredness; a stalker's threat to kill -------------------------------------------------------

@pytest.mark.parametrize("lang, words", [
    ("en", "starving lol, just got off my shift. are you open tomorrow?"),
    ("pt", "to morrendo de fome kkkk acabei de sair do serviço"),
    ("tl", "pagod na pagod ako, parang mamamatay na ako sa pagod haha"),
    ("ko", "배고파 죽겠어요 ㅋㅋ 내일 몇 시에 열어요?"),
])
def test_hungry_or_tired_to_death_said_laughing_is_no_crisis_and_no_work(classify, lang, words):
    result = classify(words, lang)
    assert not raised(result) and "work" not in result.topics


@pytest.mark.parametrize("lang, words", [
    ("id", "mantan pacar terus ngikutin aku, dia bilang bakal bunuh aku kalau lapor polisi"),
    ("ko", "전 남자친구가 계속 따라다니면서 신고하면 죽인대요"),
    ("ne", "purano boyfriend le pachhyaudai chha, police ma gaye maardinchhu bhanchha"),
    ("vi", "người yêu cũ cứ theo dõi em, nói sẽ giết em nếu em báo công an"),
])
def test_a_stalker_threatening_to_kill_is_violence(classify, lang, words):
    assert "violence" in classify(words, lang).crisis


# --- crises without the usual words ----------------------------------------------------------------------------------

@pytest.mark.parametrize("lang, words, kind", [
    ("id", "barang-barang sudah saya bagikan, surat untuk ibu sudah saya tulis. ini pesan terakhir saya", "suicide"),
    ("tl", "naipamigay ko na lahat ng gamit ko. ito na ang huling mensahe ko", "suicide"),
    ("th", "แจกของหมดแล้ว เขียนจดหมายถึงแม่แล้ว นี่คือข้อความสุดท้าย", "suicide"),
    ("ne", "सबै सामान बाँडिदिएँ, आमालाई चिठी लेखें। यो मेरो अन्तिम सन्देश हो", "suicide"),
    ("tl", "nasa tulay ako ngayon, gusto ko nang tumalon", "suicide"),
    ("my", "မနေ့ညက လည်ပင်းကို ထပ်ညှစ်တယ်", "violence"),
    ("pt", "faz dois dias que só bebo água, acabou tudo", "no_food"),
    ("vi", "từ chủ nhật em ngủ ở mcdonald 24 giờ", "no_shelter"),
    ("zh", "从周日开始一直睡在24小时麦当劳", "no_shelter"),
    ("tl", "simula linggo natutulog ako sa 24 oras na mcdo", "no_shelter"),
    ("es", "desde el lunes no hay gas, no pagué la factura", "lifeline"),
    ("zh", "周一开始煤气就没了，因为没交费", "lifeline"),
    ("ko", "월요일부터 가스가 안 나와요, 요금을 못 냈어요", "lifeline"),
    ("tl", "mula lunes wala kaming gas kasi hindi nakabayad", "lifeline"),
])
def test_a_crisis_told_without_the_usual_words_is_raised(classify, lang, words, kind):
    assert kind in raised(classify(words, lang))


@pytest.mark.parametrize("lang, words", [
    ("es", "no hay gas en la tienda, se acabó"),
    ("zh", "手机没电了，明天再联系"),
    ("id", "pesan terakhir saya belum dibalas ya"),
])
def test_their_calm_look_alikes_are_not(classify, lang, words):
    assert not raised(classify(words, lang))


@pytest.mark.parametrize("lang, words", [
    ("vi", "nhớ mẹ muốn chết luôn á"),
    ("pt", "cortaram a água da minha vizinha, ela tem bebê"),
    ("tl", "naputulan ng kuryente yung kapitbahay namin"),
    ("th", "บ้านข้างๆ โดนตัดไฟ มีความช่วยเหลือไหม"),
])
def test_missing_someone_to_death_or_a_neighbours_cut_is_no_crisis(classify, lang, words):
    assert not classify(words, lang).crisis


def test_a_wish_to_die_beside_missing_ones_child_still_counts(classify):
    assert "suicide" in classify("em nhớ con quá, em chỉ muốn chết", "vi").crisis


# --- a night outside or a cut of years ago, with a home or the supply now ---------------------------------------------

@pytest.mark.parametrize("lang, words", [
    ("en", "last winter my gas was cut for a week but I paid it off and it's back. I want to learn budgeting"),
    ("vi", "hai năm trước em ngủ ngoài công viên, giờ đã thuê được phòng. em muốn tìm việc tốt hơn"),
    ("ko", "2년 전엔 공원에서 잤는데 지금은 방이 있어요. 더 좋은 일자리 찾고 싶어요"),
    ("tl", "dalawang taon na ang nakaraan natutulog ako sa parke, ngayon may kwarto na ako"),
    ("ne", "दुई वर्ष अघि पार्कमा सुत्थें, अहिले कोठा छ। राम्रो काम खोज्न चाहन्छु"),
    ("zh", "两年前我睡过公园，现在租到房子了，想找个更好的工作"),
])
def test_a_crisis_of_years_ago_with_a_home_now_is_over(classify, lang, words):
    assert not raised(classify(words, lang))


@pytest.mark.parametrize("lang, words", [
    ("en", "power cut today. its back pain too, everything hurts"),
    ("vi", "tháng trước bị cắt điện, giờ vẫn chưa có điện"),
])
def test_a_cut_of_this_month_still_told_now_stays_raised(classify, lang, words):
    assert "lifeline" in raised(classify(words, lang))


# --- control without blows; put out of home tonight ------------------------------------------------------------------

@pytest.mark.parametrize("lang, words", [
    ("id", "suami ambil semua gaji saya dan tidak izinkan saya keluar rumah"),
    ("vi", "chồng lấy hết lương của em và không cho em ra khỏi nhà"),
    ("en", "my husband takes my whole salary and wont let me leave the apartment"),
    ("tl", "kinukuha ng asawa ko ang buong sahod ko at hindi ako pinapalabas ng bahay"),
])
def test_salary_taken_and_kept_indoors_is_asked_about_as_violence_and_is_no_housing_or_work(classify, lang, words):
    result = classify(words, lang)
    assert "violence" in raised(result)
    assert not {"housing", "work"} & set(result.topics)


@pytest.mark.parametrize("lang, words", [
    ("en", "my stepdad kicked me out tonight"),
    ("th", "คืนนี้โดนไล่ออกจากบ้าน"),
    ("ne", "आज राति घरबाट निकालियो"),
])
def test_put_out_of_home_tonight_is_no_place_tonight(classify, lang, words):
    assert "no_shelter" in classify(words, lang).crisis
