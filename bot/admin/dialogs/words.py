"""The validator's reasons in plain Japanese for staff who are not programmers (unknown ones stay as they are)."""
import re

_RULES = [
    (r"the file is not valid YAML \((.*)\)|not valid YAML: (.*)",
     "書き方（YAML）が正しくありません。字下げ（行頭の空白）や「:」「-」、かっこの閉じ忘れを確かめてください。"),
    (r"state '(.+?)': prompt '(.+?)' is not a message id in the catalog",
     "場面「{0}」の質問 '{1}' という文言はありません。「文言」の一覧にある ID を書いてください。"),
    (r"state '(.+?)' says nothing: .*", "場面「{0}」で、ボットが何も言いません。prompt（質問の文言）を書いてください。"),
    (r"state '(.+?)': unknown key '(.+?)' \(allowed: (.*)\)",
     "場面「{0}」の '{1}' は使えない項目です（使えるのは {2}）。つづりを確かめてください。"),
    (r"(.+?): option label '(.+?)' is not a message id in the catalog",
     "ボタンの文言 '{1}' はありません。「文言」の一覧にある ID を書いてください。"),
    (r"(.+?): option '(.+?)' has no trigger", "ボタン '{1}' を押したときの行き先（trigger）がありません。"),
    (r"initial state '(.*?)' is not defined in 'states'", "最初の場面「{0}」が states の中にありません。"),
    (r"transition '(.+?)': unknown source state '(.+?)'", "つながり '{0}' の出発の場面「{1}」がありません。"),
    (r"transition '(.+?)': unknown destination state '(.+?)'", "つながり '{0}' の行き先の場面「{1}」がありません。"),
    (r"transition '(.+?)': unknown condition '(.+?)'", "つながり '{0}' の条件 '{1}' はありません。"),
    (r"transition '(.+?)': unknown action '(.+?)'", "つながり '{0}' の動作 '{1}' はありません。"),
    (r"state '(.+?)' is a dead end: .*",
     "場面「{0}」から先に進めません（行き止まり）。この場面から出るつながり（例: back）を加えてください。"),
    (r"state '(.+?)' can never be reached from '(.+?)'", "場面「{0}」には、最初の場面「{1}」からたどり着けません。"),
    (r"state '(.+?)': option '(.+?)' fires '(.+?)', but no transition for it leaves this state",
     "場面「{0}」のボタン '{1}' は '{2}' を起こしますが、この場面から '{2}' で進むつながりがありません。"),
    (r"file is missing", "ファイルがありません。"),
    (r"anchors and aliases \(& and \*\) are not allowed; write the value out",
     "「&」「*」（アンカーとエイリアス）は使えません。同じ内容でも、そのつど書いてください。"),
    (r"the file is too large \(at most (.+?) characters\)", "ファイルが大きすぎます（{0} 文字まで）。"),
    (r"the file has too many values \(at most (.+?)\)", "項目が多すぎます（{0} 個まで）。"),
    (r"\[(.+?)\] (.+?): there is no message with this id", "[{0}] {1}: この ID の文言はありません。"),
    (r"\[(.+?)\] (.+?): the text is empty", "[{0}] {1}: 文言が空です。何か書いてください。"),
    (r"\[(.+?)\] (.+?): the \{placeholders\} must be exactly (.+?), found (.+)",
     "[{0}] {1}: {{ }} で囲んだ差し込み文字は {2} のまま残してください（いまは {3}）。"),
]
_COMPILED = [(re.compile(rf"^(?:{pattern})$", re.S), words) for pattern, words in _RULES]


def plain(reason: str) -> str:
    """One validator reason in plain Japanese."""
    for pattern, words in _COMPILED:
        match = pattern.match(reason.strip())
        if match:
            return words.format(*[g or "" for g in match.groups()])
    return reason
