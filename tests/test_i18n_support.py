"""The pieces behind the languages: the i18n migration, the Babel YAML extractor, the template command,
and the triage keyword lists for Thai and Burmese."""
import io

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from babel.messages.pofile import read_po
from click.testing import CliRunner
from sqlalchemy import create_engine

from dialogs.extract import extract_yaml, message_ids
from dialogs.triage import default_classifier
from storage import migrate
from storage.models import Base


def test_the_migrations_match_the_models_including_rich_menus(tmp_path):
    url = f"sqlite:///{tmp_path / 'm.sqlite3'}"
    migrate.upgrade(url)
    engine = create_engine(url)
    with engine.connect() as conn:
        assert compare_metadata(MigrationContext.configure(conn), Base.metadata) == []
    engine.dispose()
    migrate.downgrade(url, "0001")


def test_the_yaml_extractor_finds_prompts_labels_and_names_with_their_lines():
    text = "states:\n  a:\n    prompt: intake.ask\n    options:\n      - {label: opt.go, trigger: go}\n" \
           "- {id: x, name: hotline.x, number: '110'}\n"
    assert [(line, msg) for line, _key, msg in message_ids(text.split("- {id")[0])] == [(3, "intake.ask"), (5, "opt.go")]
    found = list(extract_yaml(io.BytesIO(b"- {id: x, name: hotline.x, hours: 24h}\n"), [], [], {}))
    assert found == [(1, None, "hotline.x", ["yaml name"])]


def test_locales_template_writes_a_pot_per_domain_with_empty_translations(tmp_path):
    from bot import cli
    result = CliRunner().invoke(cli.main, ["locales", "template", "--out", str(tmp_path)])
    assert result.exit_code == 0, result.output
    with (tmp_path / "messages.pot").open("rb") as fh:
        pot = read_po(fh)
    entry = pot["intake.ask_anything"]
    assert entry.string == "" and any(c.startswith("ja: どんなことでも") for c in entry.auto_comments)
    assert (tmp_path / "richmenu.pot").exists()


@pytest.mark.parametrize("text,topics,crisis,lang", [
    ("ผมตกงาน ไม่มีเงินจ่ายค่าเช่า", {"work", "money", "housing"}, set(), "th"),
    ("อยากตาย", {"health"}, {"suicide"}, "th"),
    ("คืนนี้ไม่มีที่นอน", {"housing"}, {"no_shelter"}, "th"),
    ("สามีทุบตีฉันทุกวัน", {"family"}, {"violence"}, "th"),
    ("สวัสดีครับ", set(), set(), "th"),
    ("အလုပ်ပြုတ်သွားတယ်", {"work"}, set(), "my"),
    ("သေချင်တယ်", {"health"}, {"suicide"}, "my"),
    ("စားစရာမရှိဘူး", {"money"}, {"no_food"}, "my"),
    ("ယောက်ျားက ရိုက်တယ်", {"family"}, {"violence"}, "my"),
    ("မင်္ဂလာပါ", set(), set(), "my"),
])
def test_thai_and_burmese_messages_are_triaged(text, topics, crisis, lang):
    result = default_classifier().classify(text)
    assert (set(result.topics), set(result.crisis), result.lang) == (topics, crisis, lang)
