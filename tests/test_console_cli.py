"""`madoguchi staff add|token` and `madoguchi seed-demo` against DATABASE_URL; the 0002_console migration."""
from click.testing import CliRunner
from sqlalchemy import create_engine, inspect, select

from bot.cli import main
from bot.staff import accounts
from storage import migrate
from storage.models import ApiToken, Base, Staff


def run(settings, *args, stdin=None):
    env = {"DATABASE_URL": settings.database_url, "MADOGUCHI_INSTANCE": str(settings.instance_dir)}
    return CliRunner().invoke(main, list(args), input=stdin, env=env)


def test_staff_add_reads_the_password_from_stdin_and_hashes_it(settings, runtime):
    result = run(settings, "staff", "add", "tanaka", "--role", "counselor", "--languages", "ja,en",
                 stdin="a long enough password\n")
    assert result.exit_code == 0, result.output
    with runtime.db.session() as session:
        row = session.scalars(select(Staff)).one()
        assert (row.name, row.role, row.languages) == ("tanaka", "counselor", ["ja", "en"])
        assert row.password_hash.startswith("scrypt:") and "a long enough password" not in row.password_hash
    assert accounts.sign_in(runtime.db, "tanaka", "a long enough password", "127.0.0.1")[0].name == "tanaka"


def test_staff_add_refuses_short_passwords_unknown_roles_and_duplicates(settings, runtime):
    assert "10文字以上" in run(settings, "staff", "add", "a", "--role", "counselor", stdin="short\n").output
    assert run(settings, "staff", "add", "a", "--role", "boss", stdin="long enough pw\n").exit_code != 0
    run(settings, "staff", "add", "a", "--role", "admin", stdin="long enough pw\n")
    assert "already exists" in run(settings, "staff", "add", "a", "--role", "admin", stdin="long enough pw\n").output


def test_staff_token_prints_a_working_token_as_the_last_word(settings, runtime, client):
    run(settings, "staff", "add", "tanaka", "--role", "counselor", stdin="a long enough password\n")
    result = run(settings, "staff", "token", "tanaka")
    token = result.output.split()[-1]
    assert client.get("/api/v1/conversations", headers={"Authorization": f"Bearer {token}"}).status_code == 200
    with runtime.db.session() as session:
        assert session.scalars(select(ApiToken.token_hash)).one() != token
    assert run(settings, "staff", "token", "nobody").exit_code != 0


def test_seed_demo_creates_demo_counselors_once_with_a_random_password_shown_once(settings, runtime):
    first = run(settings, "seed-demo")
    assert first.exit_code == 0 and "sato" in first.output and "madoguchi-demo" not in first.output
    password = first.output.split("password: ")[1].split()[0]
    assert accounts.sign_in(runtime.db, "sato", password, "127.0.0.1")[0].name == "sato"
    assert accounts.sign_in(runtime.db, "suzuki", "madoguchi-demo", "127.0.0.1")[0] is None
    second = run(settings, "seed-demo")
    assert password not in second.output and "unchanged" in second.output
    with runtime.db.session() as session:
        assert sorted(session.scalars(select(Staff.name))) == ["editor", "kanri", "sato", "suzuki"]


def test_the_demo_itself_keeps_the_documented_password(settings, runtime):
    from dataclasses import replace

    from bot.dev import seed
    lines = seed.run_all(replace(settings, demo=True), runtime.db, only=["staff"])
    assert any("password: madoguchi-demo" in line for line in lines)
    assert accounts.sign_in(runtime.db, "editor", "madoguchi-demo", "127.0.0.1")[0].name == "editor"


def test_the_console_migration_matches_the_models(tmp_path):
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext
    url = f"sqlite:///{tmp_path / 'm.sqlite3'}"
    migrate.upgrade(url)
    engine = create_engine(url)
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), Base.metadata)
    engine.dispose()
    assert diff == []
    migrate.downgrade(url, "0001")
    engine = create_engine(url)
    assert "staff" not in inspect(engine).get_table_names()
    engine.dispose()
