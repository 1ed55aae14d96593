"""A Babel extractor for the YAML staff edit: the message ids a script or data file refers to.

Registered in pyproject.toml as ``madoguchi_yaml`` (babel.extractors) and used by babel.cfg, so
``pybabel extract`` lists every id the scripts use next to those the Python code uses.
"""
import re
from typing import TYPE_CHECKING, Iterator

import yaml

if TYPE_CHECKING:
    from babel.messages.catalog import Catalog

MESSAGE_ID = re.compile(r"^[a-z][a-z0-9_]*(?:\.[a-z0-9_]+)+$")
ID_KEYS = frozenset({"prompt", "label", "name"})


def _walk(node, key: str | None = None) -> Iterator[tuple[int, str, str]]:
    """Yield (line, key, value) for every scalar under a key that names a message id."""
    if isinstance(node, yaml.MappingNode):
        for k, v in node.value:
            yield from _walk(v, k.value if isinstance(k, yaml.ScalarNode) else None)
    elif isinstance(node, yaml.SequenceNode):
        for item in node.value:
            yield from _walk(item, key)
    elif isinstance(node, yaml.ScalarNode) and key in ID_KEYS and MESSAGE_ID.match(node.value or ""):
        yield node.start_mark.line + 1, key, node.value


def message_ids(text: str) -> list[tuple[int, str, str]]:
    """Every (line, key, message id) in one YAML document (prompts, option labels, hotline names)."""
    root = yaml.compose(text, Loader=yaml.SafeLoader)
    return list(_walk(root)) if root is not None else []


def extract_yaml(fileobj, keywords, comment_tags, options) -> Iterator[tuple[int, str | None, str, list[str]]]:
    """Babel extraction method: (lineno, funcname, message, comments) for each message id in the file."""
    encoding = options.get("encoding", "utf-8")
    text = fileobj.read().decode(encoding)
    for line, key, msg_id in message_ids(text):
        yield line, None, msg_id, [f"yaml {key}"]


# --- the template `pybabel update` merges into every language --------------------------------
METHOD_MAP = [
    ("handlers/**.py", "python"),
    ("dialogs/engine.py", "python"),
    ("dialogs/intake.yaml", "dialogs.extract:extract_yaml"),
    ("dialogs/data/**.yaml", "dialogs.extract:extract_yaml"),
]
KEYWORDS = {"say": None, "say_fresh": None, "ask": None, "t": None}


def used_ids(root) -> dict[str, list[str]]:
    """The message ids the code and the YAML name literally, each with where (what `pybabel extract` finds)."""
    from babel.messages.extract import extract_from_dir

    found: dict[str, list[str]] = {}
    for filename, lineno, message, _comments, _context in extract_from_dir(
            str(root), METHOD_MAP, {}, keywords=KEYWORDS, comment_tags=()):
        if isinstance(message, str) and MESSAGE_ID.match(message):
            found.setdefault(message, []).append(f"{filename}:{lineno}")
    return found


def template(source_po) -> "Catalog":
    """A .pot built from the Japanese source: every id, empty translations, the Japanese as a comment.

    Ids built at run time (crisis.<signal>, topic.<topic>) are in the Japanese catalog, so a template made
    from it is complete; one made by `pybabel extract` alone would lose them and `update` would drop them.
    """
    from babel.messages.catalog import Catalog
    from babel.messages.pofile import read_po

    with open(source_po, "rb") as fh:
        source = read_po(fh, locale="ja")
    pot = Catalog(project="madoguchi", version="0.1.0", copyright_holder="Madoguchi contributors",
                  fuzzy=False)
    for msg in source:
        if msg.id:
            pot.add(msg.id, "", auto_comments=[f"ja: {msg.string}".replace("\n", " ")] + list(msg.auto_comments))
    return pot
