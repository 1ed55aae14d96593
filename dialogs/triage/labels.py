"""The label vocabulary shared by the data files, the classifier and the evaluation."""

TOPICS = ("work", "money", "housing", "family", "health", "isolation")
CRISIS = ("suicide", "violence", "no_food", "no_shelter", "lifeline")
INTENTS = (
    "human",
    "yes",
    "no",
    "skip",
    "places",
    "booking",
    "another",  # one more visit while one is booked (「別の予約」 "another appointment"): a new booking
    "reschedule",
    "cancel",
    "language",
    "restart",
    "data_request",
    # a whole message that hesitates (「うーん」 "hmm…"): neither a yes nor a no (the `hesitation:` list of a file)
    "hesitation",
    # what a resident wants done with their records, read only where the records are discussed (handlers/privacy.py):
    "erase",  # delete / remove / forget: 消して, 削除, delete, borrar
    "see",  # see / show / a copy / what is kept: 見たい, 見せて, 何が残って, see, show me
    # answers to the gentle safety question (handlers/safety.py), read nowhere else:
    "partly",  # a partial or shy yes: 少し, たまに, そうかも, a bit, sometimes
    "fine",  # "I'm fine": 大丈夫, 平気, I'm OK (a no to a worry; no answer to 「食べるものはありますか」)
    "have",  # "there is / I have": ある, 있어요, 有 (a yes to 「気持ちがありますか」, a no to 「食べるものがない？」)
    "have_not",  # "there is none": ない, 없어요, 没有
    # the clear asks among them, which still count inside a story (a message that names topics): a visit
    # together (「仕事のことで一緒にハローワークに行ってほしい」) and where a place is (「フードバンクってどこにあるの？」)
    "accompany",
    "where",
    # food support named (a food bank, a children's diner, free food; the concept food_support): with a place asked
    # for (「近くで子ども食堂ある？」 "free food near me") a search for the places that give food
    "food",
    # after a crisis answer (and in every step): what the resident asks of the conversation itself
    "no_phone",  # cannot phone: no voice, deaf, someone would hear (「電話は苦手」「남편이 들어요」): text lines
    "hide_chat",  # this chat must not be seen on their phone (「スマホを見られる」): how to delete it, what we keep
    "talk_here",  # 「ここで話したい」: the same as the 「ここで話す」 button
    "what_to_do",  # 「どうすればいい」: a useful next step (for someone else: how to be with them)
    "unsafe",  # not safe, the danger beside them, a bridge or a platform: the answer to "are you somewhere safe?"
    # a short wish to talk without saying with whom (「やっぱり話したい」 "actually I want to talk"): a person, where
    # no story is told (dialogs/intake.yaml: pattern talk_again)
    "want_talk",
    # the resident says the bot read them wrong (「そういう意味じゃない」 "that's not what I meant"): heard, said sorry
    "misread",
    # a question about the service's own opening hours (「受付時間は？」 "what time do you open?"): answered from the
    # office's data wherever the resident is (handlers/service_questions.py)
    "hours",
    # a question about what the consultation costs (「相談ってお金かかりますか」「無料ですか」 "is it free?"): answered
    # that it is free and confidential wherever the resident is (handlers/service_questions.py)
    "cost",
    # 「ロボットですか」 "am I talking to a bot?": what answers here, and that a person reads (handlers/service_questions.py)
    "about_bot",
    # 「役立たず」 "this is useless": the resident's frustration with the bot, heard, said sorry, a person offered
    "frustrated",
    # 「窓口はどこ？」 "where is your office?": the office's address and hours (not a search for places near them)
    "office_where",
    # the resident's own anger, a wish to hurt someone (「上司を殴りたい」「マジ殺したい」 "I want to kill my boss"): no
    # violence suffered (no DV lines, no "it is not your fault"), the anger heard calmly and a counselor offered
    "anger",
    # beyond anger, a plan or a will to harm a person (「殺しに行く」 "I'm going to kill him"): also anger; the counselor
    # is told (handlers/anger.py)
    "harm_intent",
)
# The intents that answer a question (a yes, a no, a partial yes, "fine", "there is", "there is none").
ANSWERS = ("yes", "no", "partly", "fine", "have", "have_not")
# Finer situations a language's keywords may name; each stands for labels above, the same in every
# language (dialogs/keywords/_shared.yaml), and is never reported itself.
CONCEPTS = ("unpaid_wages", "rent_arrears", "rent", "utility_arrears", "domestic_violence", "food_support", "child_at_risk",
            "danger_now", "someone_else", "has_food", "has_shelter", "has_utilities", "relief", "after_my_death", "medical_emergency",
            "help_cry", "coercive_control", "labour_exploitation", "cut_soon", "parent_harm", "exhaustion", "own_wish",
            "outside_home", "unspoken", "car_living", "pet", "phone_cut", "measure", "sadness", "drinking", "dorm",
            "weeks_away", "within_a_day", "fasting", "fiction", "outage", "trip", "leaving_signs", "quitting",
            "pastime", "appetite", "still_on", "good_night", "device", "lives_at", "health_insurance",
            "volunteering", "parting", "food_running_out", "night_outside")
# Concepts reported as an intent too (not implied: an implied label would weigh in the language detection)
CONCEPT_INTENTS = {"food_support": "food"}
# Concepts that name a crisis: negation and jokes treat them as crisis words.
CRISIS_CONCEPTS = ("domestic_violence", "child_at_risk", "danger_now", "medical_emergency", "parent_harm")
# Concepts reported with the labels (TriageResult.situations): the hotlines some situations need (189 for a child)
SITUATIONS = ("domestic_violence", "child_at_risk", "danger_now", "someone_else", "medical_emergency", "help_cry",
              "coercive_control", "labour_exploitation", "cut_soon", "parent_harm", "outside_home")
# Everyday topics: a bare exhaustion (「もう限界」) with none of them named is a possible crisis; with one it is that topic
EVERYDAY_TOPICS = ("work", "money", "housing", "family")
LANGS = ("ja", "en", "zh", "ko", "vi", "tl", "pt", "es", "ne", "id", "th", "my")

# The three kinds of label a data file lists, in the order results are reported.
SECTIONS = {"topics": TOPICS, "crisis": CRISIS, "intents": INTENTS, "concepts": CONCEPTS}
ALL_LABELS = {label: section for section, labels in SECTIONS.items() for label in labels}

# Writing systems the language detector can tell apart (see langdetect.py).
SCRIPTS = ("kana", "han", "hangul", "thai", "myanmar", "devanagari", "latin")

# What a language's `scope:` lists (see dialogs/keywords/ja.yaml) do to the labels near them.
SCOPE_KINDS = (
    "denial_after",  # 死にたいとかじゃない: a crisis word followed by this does not count
    "denial_before",  # "not that I want to die": a crisis word after this does not count
    "denial_inside",  # "the power has NOT been cut": denies a keyword only from inside its '*' gap
    "resolved_after",  # 仕事は見つかった: a topic or crisis followed by this is settled
    "resolved_before",  # "I already found a job": a topic or crisis after this is settled
    "plan_after",  # 決まった, 見つかった: right after a wish to die, in its clause, the plan (死ぬ日が決まった), never its end
    "thing_words",  # paid, is fixed, ya lo pagué, 냈어요: settling words about a thing (a bill, a supply, a repair): never a
    # wish to die, violence, hunger or a night outside (settling.py)
    "named_things",  # visa, la luz, 전기: a thing named between a crisis and a settling or denying word takes the word (settling.py)
    "named_homes",  # the room, el cuarto, 방을: a home named there is housing, which a room found settles no place to sleep with
    "back_after",  # 復活, came back: right after a trouble of one's own (not a cut), in its clause, that it came back
    "unsettled",  # 解決してない, 解決したい, 見つかったら: a settling word denied, wished for or under a condition settles nothing
    "supply_after",  # 払えた, 電気がついた: a bill paid, a supply back settles, of the crises, only a cut (never hunger or a wish to die)
    "bed_after",  # 泊まれた, 帰れた: a bed for the night settles, of the crises, only having no place
    "meal_after",  # 食べられました: a meal settles, of the crises, only hunger
    "clause_breaks",  # けど, but, pero: where the reach of the words above ends
    "joking",  # lol, 笑: crisis words are asked about, not taken as certain
    "hypothetical_before",  # if, もし, si: a cut, no food or no place "if…" is a worry, not today's crisis
    "hypothetical_after",  # 止められたら, 追い出されたら: the same, where the language says it after
    "past",  # 以前は, years ago: with a "now" word after it, what it is near is over (see scope.py)
    "now",  # 今は, but now: the present a past trouble is set against
    "ongoing",  # 昔から, 年前から, 今も: the trouble goes on — no past word makes the message's crises over
    "ended",  # 離婚して5年: what came before it (across clause breaks) is over when a "now" word follows
    "negative_polarity",  # 何も, なんも: a crisis phrase holding one needs its ない (なんも食ってない is no denial)
    "hyperbole_before",  # 暑すぎて, "so hot": a word of dying after this measures a state, and is no crisis
    "hyperbole_after",  # ほど寒い, くらい怒られた: the same, where the language says it after
    "story",  # ドラマ, the news, a game: crisis words next to this are in a story watched or read, not the resident's
    "likened_before",  # "like in", como en, như trong: a story word after this is a likeness of the resident's own life
    "likened_after",  # 처럼, 一样: the same, where the language says it after the story word
    "compared",  # と同じ, みたいな, のような: between a story and crisis words after it, the story is a comparison (not theirs)
    "turned",  # 〜たけど, 〜ましたが, "it was… but": a past clause turning to the next, which may settle it
)
