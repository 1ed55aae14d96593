"""The generic YAML node readers of a keyword file: each reports what is wrong at its line and goes on."""

from __future__ import annotations

from pathlib import Path

import yaml

from handlers.problems import Problem

_NULL_TAG = "tag:yaml.org,2002:null"
_BOOL_TAG = "tag:yaml.org,2002:bool"


class NodeReader:
    """Reads the nodes of one YAML document, collecting problems with line numbers."""

    def __init__(self, path: Path):
        self.path = path
        self.problems: list[tuple[int, Problem]] = []

    def problem(self, node: yaml.Node | None, reason: Problem) -> None:
        """Record a problem at the line of a node (line 1 when there is no node)."""
        self.problems.append((node.start_mark.line + 1 if node is not None else 1, reason))

    def report(self) -> list[str]:
        """The problems found, in line order, as "FILE:LINE: reason"."""
        return [reason.at(str(self.path), line) for line, reason in sorted(self.problems, key=lambda p: p[0])]

    def mapping(self, node: yaml.Node, what: str) -> dict[str, tuple[yaml.Node, yaml.Node]]:
        """The entries of a mapping node by key; reports non-mappings and repeated keys."""
        if not isinstance(node, yaml.MappingNode):
            self.problem(node, Problem("lexicon.not_mapping", what=what))
            return {}
        items: dict[str, tuple[yaml.Node, yaml.Node]] = {}
        for key, value in node.value:
            if not isinstance(key, yaml.ScalarNode):
                self.problem(key, Problem("lexicon.key_not_name", what=what))
                continue
            if key.value in items:
                first = items[key.value][0].start_mark.line + 1
                self.problem(key, Problem("lexicon.key_twice", what=what, key=key.value, first=first))
                continue
            items[key.value] = (key, value)
        return items

    def text(self, node: yaml.Node, what: str) -> str | None:
        """The stripped text of a scalar node; reports lists, mappings and empty values."""
        if not isinstance(node, yaml.ScalarNode):
            self.problem(node, Problem("lexicon.not_text", what=what))
            return None
        if node.tag == _NULL_TAG or not node.value.strip():
            self.problem(node, Problem("lexicon.empty", what=what))
            return None
        return node.value.strip()

    def texts(self, node: yaml.Node, what: str) -> list[tuple[str, yaml.Node]]:
        """The non-empty texts of a list node, each with its node."""
        if not isinstance(node, yaml.SequenceNode):
            self.problem(node, Problem("lexicon.not_list", what=what))
            return []
        found = []
        for item in node.value:
            value = self.text(item, f"an entry of {what}")
            if value is not None:
                found.append((value, item))
        return found

    def flag(self, node: yaml.Node, what: str) -> bool:
        """A true/false value."""
        if not isinstance(node, yaml.ScalarNode) or node.tag != _BOOL_TAG:
            self.problem(node, Problem("lexicon.not_flag", what=what))
            return False
        return node.value.lower() in ("true", "yes", "on")

    def unique(self, node: yaml.Node, key: str, seen: dict[str, int], where: str) -> bool:
        """Remember a normalised entry; report it when it was seen before."""
        line = node.start_mark.line + 1
        if key in seen:
            self.problem(node, Problem("lexicon.duplicate", where_in=where, text=node.value, first=seen[key]))
            return False
        seen[key] = line
        return True

