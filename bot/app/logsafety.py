"""Logs that never carry what a resident wrote nor their LINE user id.

Our own log lines name a resident by their row id (`resident_ref`) and an error by its type. What we do not
write ourselves is handled here, once per process: every traceback, from whichever logger, keeps its frames
(file, line, code) but withholds each exception's message — messages can embed data: SQLAlchemy puts the
statement's parameters in its errors, PostgreSQL repeats the offending value in DETAIL, `int("…")` quotes its
input. Libraries that log request URLs at DEBUG (urllib3: /v2/bot/profile/<user id>) are kept at WARNING.
"""
import logging
import threading
import traceback

# Loggers kept quiet whatever the root level: transitions logs every state-machine callback at INFO; urllib3
# each request line at DEBUG (LINE user ids are in the paths); SQLAlchemy its SQL at INFO and the rows it reads
# at DEBUG (it pins itself at WARNING on import; said here too, so a logging set-up cannot undo it by accident).
PINNED = (("transitions", logging.WARNING), ("urllib3", logging.WARNING), ("sqlalchemy", logging.WARNING))
WITHHELD = "[message withheld from logs]"
_lock = threading.Lock()
log = logging.getLogger(__name__)


def resident_ref(resident_id) -> str:
    """How log lines name a resident: their row id, meaningless outside our database (never the LINE id)."""
    return f"resident #{resident_id}"


def _safe_detail(exc: BaseException) -> str:
    """What may be said about an exception without its message: a database error's class and SQLSTATE."""
    orig = getattr(exc, "orig", None)  # sqlalchemy.exc.DBAPIError wraps the driver's exception
    if orig is not None:
        code = (getattr(orig, "sqlstate", None) or getattr(orig, "pgcode", None)
                or getattr(orig, "sqlite_errorname", None))
        return f" (driver: {type(orig).__name__}{f' {code}' if code else ''})"
    return ""


def _chain(exc: BaseException) -> list[tuple[BaseException, str]]:
    """The exception and those it came from, oldest first, each with the line Python prints after its block."""
    chain, seen, link = [], set(), ""
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        chain.append((exc, link))
        if exc.__cause__ is not None:
            exc, link = exc.__cause__, "\nThe above exception was the direct cause of the following exception:\n\n"
        elif exc.__context__ is not None and not exc.__suppress_context__:
            exc, link = exc.__context__, "\nDuring handling of the above exception, another exception occurred:\n\n"
        else:
            break
    return list(reversed(chain))


def redacted_traceback(exc_info) -> str:
    """The traceback as Python prints it, with every exception's message replaced by WITHHELD."""
    _type, exc, tb = exc_info
    if exc is None:
        return ""
    out = []
    for item, link_after in _chain(exc):
        frames = tb if item is exc else item.__traceback__
        if frames is not None:
            out.append("Traceback (most recent call last):\n")
            out += traceback.format_list(traceback.extract_tb(frames))
        name = f"{type(item).__module__}.{type(item).__qualname__}".removeprefix("builtins.")
        out.append(f"{name}: {WITHHELD}{_safe_detail(item)}\n{link_after}")
    return "".join(out).rstrip("\n")


def _redacting_factory(previous):
    def make(*args, **kwargs):
        record = previous(*args, **kwargs)
        if record.exc_info and record.exc_info[1] is not None:
            # Formatters use exc_text when it is set, so every handler prints this version.
            record.exc_text = redacted_traceback(record.exc_info)
        return record
    make.madoguchi_redacting = True
    return make


def _log_thread_exception(args) -> None:
    if args.exc_type is SystemExit:
        return
    name = args.thread.name if args.thread else "?"
    log.error("uncaught exception in thread %s", name, exc_info=(args.exc_type, args.exc_value, args.exc_traceback))


def install() -> None:
    """Redact tracebacks in every log record of this process and pin the chatty loggers (idempotent)."""
    with _lock:
        previous = logging.getLogRecordFactory()
        if not getattr(previous, "madoguchi_redacting", False):
            logging.setLogRecordFactory(_redacting_factory(previous))
        if threading.excepthook is not _log_thread_exception:
            threading.excepthook = _log_thread_exception
    for name, level in PINNED:
        logging.getLogger(name).setLevel(level)
