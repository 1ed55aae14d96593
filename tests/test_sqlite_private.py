"""The embedded database holds residents' words: its file is readable by its owner only."""
import os
import stat

from sqlalchemy import text

from storage.db import Database


def test_a_new_sqlite_database_file_is_created_readable_by_its_owner_only(tmp_path):
    path = tmp_path / "madoguchi.sqlite3"
    db = Database(f"sqlite:///{path}")
    with db.engine.begin() as conn:
        conn.execute(text("CREATE TABLE t (x)"))
    db.engine.dispose()
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600


def test_an_existing_world_readable_file_is_narrowed(tmp_path):
    path = tmp_path / "old.sqlite3"
    path.touch(mode=0o644)
    os.chmod(path, 0o644)
    Database(f"sqlite:///{path}").engine.dispose()
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
