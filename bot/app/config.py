"""Settings from the environment (see README › Configuration); nothing is read at import time."""
import os
import secrets
from dataclasses import dataclass, field, fields
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from storage.db import default_url

PROJECT_ROOT = Path(__file__).resolve().parents[2]


class SettingsError(ValueError):
    """Settings that cannot be used; each problem names its environment variable (or override)."""

    def __init__(self, problems: list[str]):
        self.problems = list(problems)
        super().__init__("; ".join(self.problems))


class _Reader:
    """Reads typed values from the environment, collecting every problem with the variable's name."""

    def __init__(self, env: dict):
        self.env = env
        self.problems: list[str] = []

    def _raw(self, name: str) -> str | None:
        value = self.env.get(name)
        return value.strip() if value is not None and value.strip() else None

    def number(self, name: str, default, whole: bool = False, minimum: float | None = None,
               maximum: float | None = None):
        """A number (or a whole number) between *minimum* and *maximum*; the default when the variable is unset."""
        raw = self._raw(name)
        if raw is None:
            return default
        try:
            value = int(raw) if whole else float(raw)
        except ValueError:
            self.problems.append(f"{name}={raw!r}: expected {'a whole number' if whole else 'a number'}")
            return default
        if minimum is not None and value < minimum:
            self.problems.append(f"{name}={raw!r}: must be at least {minimum:g}")
            return default
        if maximum is not None and value > maximum:
            self.problems.append(f"{name}={raw!r}: must be at most {maximum:g}")
            return default
        return value

    def flag(self, name: str, default: bool) -> bool:
        """A yes/no value: 1/0, true/false, yes/no, on/off."""
        raw = self._raw(name)
        if raw is None:
            return default
        if raw.lower() in ("1", "true", "yes", "on"):
            return True
        if raw.lower() in ("0", "false", "no", "off"):
            return False
        self.problems.append(f"{name}={raw!r}: expected 1 or 0 (true/false, yes/no)")
        return default

    def url(self, name: str, default: str) -> str:
        """An http(s) address, without a trailing slash."""
        raw = self._raw(name)
        if raw is None:
            return default
        if not raw.lower().startswith(("http://", "https://")):
            self.problems.append(f"{name}={raw!r}: expected an address starting with https:// (or http://)")
            return default
        return raw.rstrip("/")

    def zone(self, name: str, default: str) -> str:
        """An IANA time zone name such as Asia/Tokyo."""
        raw = self._raw(name)
        if raw is None:
            return default
        try:
            ZoneInfo(raw)
        except (ZoneInfoNotFoundError, ValueError):
            self.problems.append(f"{name}={raw!r}: not a time zone name such as Asia/Tokyo")
            return default
        return raw

    def database(self, name: str) -> str:
        """A SQLAlchemy database address: sqlite:/// or postgresql://."""
        raw = self._raw(name)
        if raw is None:
            return ""
        if not raw.startswith(("sqlite:", "postgresql:", "postgresql+psycopg:", "postgres:")):
            self.problems.append(f"{name}: expected sqlite:///path or postgresql://user@host/db "
                                 f"(not '{raw.split(':', 1)[0]}:…')")
            return ""
        return raw


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
    translate_url: str | None = None  # a LibreTranslate-compatible service the centre runs; None: no translation
    translate_key: str | None = None
    live_streams: int = 2  # server-sent-event streams one process serves at once (each holds a request thread)
    live_stream_seconds: float = 25.0  # a stream then ends and the browser reconnects (the sign-in checked again)
    demo: bool = False
    testing: bool = False
    inprocess_worker: bool = True
    rehearse: bool = True  # a worker rehearses a first and a next turn at start-up, rolled back (bot/line/rehearsal.py)
    data_dir: Path = PROJECT_ROOT / "dialogs"
    instance_dir: Path = field(default_factory=lambda: Path.cwd() / "instance")
    resume_after_hours: float = 24.0
    crisis_recall_days: float = 14.0  # a resident who comes back (unblocks) within this after a crisis sign gets the lines again
    worker_threads: int = 4
    add_friend_url: str = "https://line.me/R/ti/p/@madoguchi-demo"
    claim_timeout_minutes: float = 15.0  # office-hours minutes before an unclaimed resident is told
    proxy_fix: int = 0  # number of reverse proxies whose X-Forwarded-* headers to trust
    dialog_check_seconds: float = 3.0  # how often each process looks for a newly published dialog version
    kiosk_idle_seconds: float = 120.0  # a kiosk visit left untouched this long gets the "still there?" warning
    kiosk_warning_seconds: float = 20.0  # … and is wiped this long after the warning
    media_max_bytes: int = 10 * 1024 * 1024  # pictures and PDFs residents send are kept up to this size

    @classmethod
    def from_env(cls, env: dict | None = None, **overrides) -> "Settings":
        """Read MADOGUCHI_* and LINE_* variables; *overrides* (field names) win (tests, demo).

        Raises SettingsError naming every variable or override that cannot be used."""
        env = dict(os.environ if env is None else env)
        read = _Reader(env)
        s = cls(
            channel_secret=env.get("LINE_CHANNEL_SECRET") or None,
            access_token=env.get("LINE_CHANNEL_ACCESS_TOKEN") or None,
            line_api_endpoint=read.url("LINE_API_ENDPOINT", "https://api.line.me"),
            line_data_endpoint=read.url("LINE_API_DATA_ENDPOINT", ""),
            database_url=read.database("DATABASE_URL"),
            secret_key=env.get("SECRET_KEY") or None,
            tz=read.zone("MADOGUCHI_TZ", "Asia/Tokyo"),
            office_webhook_url=read.url("MADOGUCHI_OFFICE_WEBHOOK", "") or None,
            translate_url=read.url("MADOGUCHI_TRANSLATE_URL", "") or None,
            translate_key=env.get("MADOGUCHI_TRANSLATE_KEY") or None,
            live_streams=read.number("MADOGUCHI_LIVE_STREAMS", 2, whole=True, minimum=0),
            live_stream_seconds=read.number("MADOGUCHI_LIVE_STREAM_SECONDS", 25.0, minimum=1),
            inprocess_worker=read.flag("MADOGUCHI_INPROCESS_WORKER", True),
            rehearse=read.flag("MADOGUCHI_REHEARSE", True),
            resume_after_hours=read.number("MADOGUCHI_RESUME_HOURS", 24.0, minimum=0),
            crisis_recall_days=read.number("MADOGUCHI_CRISIS_RECALL_DAYS", 14.0, minimum=0),
            worker_threads=read.number("MADOGUCHI_THREADS", 4, whole=True, minimum=1),
            claim_timeout_minutes=read.number("MADOGUCHI_CLAIM_TIMEOUT_MINUTES", 15.0, minimum=0),
            proxy_fix=read.number("MADOGUCHI_PROXY_FIX", 0, whole=True, minimum=0),
            dialog_check_seconds=read.number("MADOGUCHI_DIALOG_CHECK_SECONDS", 3.0, minimum=0),
            kiosk_idle_seconds=read.number("MADOGUCHI_KIOSK_IDLE_SECONDS", 120.0, minimum=1),
            kiosk_warning_seconds=read.number("MADOGUCHI_KIOSK_WARNING_SECONDS", 20.0, minimum=1),
            # kept in the database: more than 50 MB a picture would only burden backups
            media_max_bytes=int(read.number("MADOGUCHI_MEDIA_MAX_MB", 10.0, minimum=0.1, maximum=50) * 1024 * 1024),
        )
        if env.get("MADOGUCHI_INSTANCE"):
            s.instance_dir = Path(env["MADOGUCHI_INSTANCE"])
        if env.get("MADOGUCHI_DATA_DIR"):
            s.data_dir = Path(env["MADOGUCHI_DATA_DIR"])
            if not s.data_dir.is_dir():
                read.problems.append(f"MADOGUCHI_DATA_DIR={env['MADOGUCHI_DATA_DIR']!r}: no such folder")
        if env.get("MADOGUCHI_ADD_FRIEND_URL"):
            s.add_friend_url = read.url("MADOGUCHI_ADD_FRIEND_URL", "")
        known = {item.name for item in fields(cls)}
        for key, value in overrides.items():
            if key not in known:
                read.problems.append(f"unknown setting '{key}' (settings are: {', '.join(sorted(known))})")
            else:
                setattr(s, key, value)
        if read.problems:
            raise SettingsError(read.problems)
        if not s.line_data_endpoint:
            # A fake Messaging API (tests, demo) serves uploads too; the real one uses api-data.line.me.
            real = s.line_api_endpoint == "https://api.line.me"
            s.line_data_endpoint = "https://api-data.line.me" if real else s.line_api_endpoint
        if not s.database_url:
            s.database_url = default_url(s.instance_dir)
        for scheme in ("postgresql://", "postgres://"):  # the driver this project ships with: psycopg 3
            if s.database_url.startswith(scheme):
                s.database_url = "postgresql+psycopg://" + s.database_url[len(scheme):]
        if not s.secret_key:
            # Staff sessions then last only as long as this process; the console says so.
            s.secret_key, s.secret_key_generated = secrets.token_hex(32), True
        return s
