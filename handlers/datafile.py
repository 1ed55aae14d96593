"""YAML data files that staff edit, loaded with line numbers so every mistake can be pointed at."""
from pathlib import Path

import yaml

from handlers.problems import Problem


class DataError(ValueError):
    """A data file is wrong; the message lists every problem as 'file:line: reason'."""

    def __init__(self, problems: list[str]):
        self.problems = problems
        super().__init__("\n".join(problems))


# libyaml's parser when PyYAML was built with it (as its wheels are): ten times faster, same nodes and lines.
SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
# Staff files are small; these bounds keep a pasted or hostile file from costing seconds and gigabytes.
MAX_CHARS = 1_000_000
MAX_NODES = 100_000


class _LineLoader(SAFE_LOADER):
    """A safe loader that remembers the line of every mapping under the key '__line__'."""


def _construct_mapping(loader, node, deep=False):
    mapping = yaml.SafeLoader.construct_mapping(loader, node, deep=True)
    mapping["__line__"] = node.start_mark.line + 1
    mapping["__keys__"] = {loader.construct_object(k): k.start_mark.line + 1 for k, _ in node.value}
    return mapping


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def check_bounded(text: str, name: str) -> None:
    """Refuse YAML that could expand beyond its size: anchors and aliases (&a / *a — a few hundred bytes of
    nested aliases unfold into gigabytes), more than MAX_NODES values, or more than MAX_CHARS characters.
    Reads parser events only, so nothing is built before the check passes."""
    if len(text) > MAX_CHARS:
        raise DataError([Problem("data.too_large", where=name, line=0, limit=f"{MAX_CHARS:,}")])
    nodes = 0
    try:
        for event in yaml.parse(text, Loader=SAFE_LOADER):
            if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
                line = event.start_mark.line + 1
                raise DataError([Problem("data.anchors", where=name, line=line)])
            if isinstance(event, (yaml.ScalarEvent, yaml.MappingStartEvent, yaml.SequenceStartEvent)):
                nodes += 1
                if nodes > MAX_NODES:
                    raise DataError([Problem("data.too_many_values", where=name, line=event.start_mark.line + 1,
                                             limit=f"{MAX_NODES:,}")])
    except yaml.YAMLError:
        return  # load_yaml reports the syntax error with its line


def load_yaml(text: str, name: str):
    """Parse YAML text; dictionaries carry '__line__'. A syntax error becomes a DataError with its line;
    anchors, aliases and oversized files are refused (check_bounded)."""
    check_bounded(text, name)
    try:
        return yaml.load(text, Loader=_LineLoader)  # noqa: S506 - _LineLoader is a SafeLoader
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark else 0
        problem = getattr(exc, "problem", None) or str(exc)
        raise DataError([Problem("data.not_yaml", where=name, line=line, detail=problem)]) from None


def load_file(path: Path):
    """Parse a YAML file with line numbers."""
    return load_yaml(path.read_text(encoding="utf-8"), path.name)


def line_of(node, default: int = 0) -> int:
    """The line a mapping started on, when known."""
    return node.get("__line__", default) if isinstance(node, dict) else default


def key_line(node, key, default: int = 0) -> int:
    """The line where *key* of a mapping is written, when known."""
    return node.get("__keys__", {}).get(key, default) if isinstance(node, dict) else default


BOOKKEEPING = ("__line__", "__keys__")


def strip_lines(node):
    """A copy of *node* without the '__line__' bookkeeping."""
    if isinstance(node, dict):
        return {k: strip_lines(v) for k, v in node.items() if k not in BOOKKEEPING}
    if isinstance(node, list):
        return [strip_lines(v) for v in node]
    return node
