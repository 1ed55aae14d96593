"""Settings from the environment (see README › Configuration); nothing is read at import time."""
import os
import secrets
from dataclasses import dataclass, field
from pathlib import Path

from storage.db import default_url

PROJECT_ROOT = Path(__file__).resolve().parent.parent


@dataclass
class Settings:
    """Everything the running product needs to know about its surroundings."""

    channel_secret: str | None = None
    access_token: str | None = None
    line_api_endpoint: str = "https://api.line.me"
    line_data_endpoint: str = ""  # uploads (rich-menu images); empty: https://api-data.line.me
    database_url: str = ""
    secret_key: str | None = None
    secret_key_generated: bool = False
    tz: str = "Asia/Tokyo"
    office_webhook_url: str | None = None
    demo: bool = False
    testing: bool = False
    inprocess_worker: bool = True
    data_dir: Path = PROJECT_ROOT / "dialogs"
    instance_dir: Path = field(default_factory=lambda: Path.cwd() / "instance")
    resume_after_hours: float = 24.0
    worker_threads: int = 4
    add_friend_url: str = "https://line.me/R/ti/p/@madoguchi-demo"
    claim_timeout_minutes: float = 15.0  # office-hours minutes before an unclaimed resident is told
    proxy_fix: int = 0  # number of reverse proxies whose X-Forwarded-* headers to trust
    dialog_check_seconds: float = 3.0  # how often each process looks for a newly published dialog version
    kiosk_idle_seconds: float = 120.0  # a kiosk visit left untouched this long gets the "still there?" warning
    kiosk_warning_seconds: float = 20.0  # … and is wiped this long after the warning

    @classmethod
    def from_env(cls, env: dict | None = None, **overrides) -> "Settings":
        """Read MADOGUCHI_* and LINE_* variables; *overrides* win (tests, demo)."""
        env = dict(os.environ if env is None else env)
        s = cls(
            channel_secret=env.get("LINE_CHANNEL_SECRET") or None,
            access_token=env.get("LINE_CHANNEL_ACCESS_TOKEN") or None,
            line_api_endpoint=(env.get("LINE_API_ENDPOINT") or "https://api.line.me").rstrip("/"),
            line_data_endpoint=(env.get("LINE_API_DATA_ENDPOINT") or "").rstrip("/"),
            database_url=env.get("DATABASE_URL") or "",
            secret_key=env.get("SECRET_KEY") or None,
            tz=env.get("MADOGUCHI_TZ") or "Asia/Tokyo",
            office_webhook_url=env.get("MADOGUCHI_OFFICE_WEBHOOK") or None,
            inprocess_worker=env.get("MADOGUCHI_INPROCESS_WORKER", "1") not in ("0", "false", "no"),
            resume_after_hours=float(env.get("MADOGUCHI_RESUME_HOURS") or 24),
            worker_threads=int(env.get("MADOGUCHI_THREADS") or 4),
            claim_timeout_minutes=float(env.get("MADOGUCHI_CLAIM_TIMEOUT_MINUTES") or 15),
            proxy_fix=int(env.get("MADOGUCHI_PROXY_FIX") or 0),
            dialog_check_seconds=float(env.get("MADOGUCHI_DIALOG_CHECK_SECONDS") or 3),
            kiosk_idle_seconds=float(env.get("MADOGUCHI_KIOSK_IDLE_SECONDS") or 120),
            kiosk_warning_seconds=float(env.get("MADOGUCHI_KIOSK_WARNING_SECONDS") or 20),
        )
        if env.get("MADOGUCHI_INSTANCE"):
            s.instance_dir = Path(env["MADOGUCHI_INSTANCE"])
        if env.get("MADOGUCHI_DATA_DIR"):
            s.data_dir = Path(env["MADOGUCHI_DATA_DIR"])
        if env.get("MADOGUCHI_ADD_FRIEND_URL"):
            s.add_friend_url = env["MADOGUCHI_ADD_FRIEND_URL"]
        for key, value in overrides.items():
            setattr(s, key, value)
        if not s.line_data_endpoint:
            # A fake Messaging API (tests, demo) serves uploads too; the real one uses api-data.line.me.
            real = s.line_api_endpoint == "https://api.line.me"
            s.line_data_endpoint = "https://api-data.line.me" if real else s.line_api_endpoint
        if not s.database_url:
            s.database_url = default_url(s.instance_dir)
        if s.database_url.startswith("postgresql://"):
            s.database_url = "postgresql+psycopg://" + s.database_url[len("postgresql://"):]
        if not s.secret_key:
            # Staff sessions then last only as long as this process; the console says so.
            s.secret_key, s.secret_key_generated = secrets.token_hex(32), True
        return s
