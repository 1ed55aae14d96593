"""The test suite builds a fresh Flask app for every test (about 4,000 apps a run), and werkzeug compiles each of the
app's ~315 URL rules into Python code anew each time: two thirds of an app's start-up (0.3 s), about a fifth of the
suite's CPU. A rule's builder depends only on the rule's own text, its parsed parts and defaults, so the tests reuse
the code compiled for an identical rule (the bound converters are still each rule's own: the code calls them through
`self`). Production builds its app once per worker and is left as it is."""
from werkzeug.routing.rules import Rule

_compiled: dict = {}
_compile_builder = Rule._compile_builder


def _cached_builder(self: Rule, append_unknown: bool = True):
    """The builder werkzeug would compile for this rule, compiled once per identical rule."""
    key = (self.rule, self.subdomain, self.host, append_unknown, tuple(self._trace),
           tuple(sorted((k, repr(v)) for k, v in (self.defaults or {}).items())))
    builder = _compiled.get(key)
    if builder is None:
        builder = _compiled[key] = _compile_builder(self, append_unknown)
    return builder


def install() -> None:
    """Reuse compiled URL builders across the suite's apps."""
    Rule._compile_builder = _cached_builder
