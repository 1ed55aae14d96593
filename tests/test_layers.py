"""Layers (issue 19: bot → dialogs → handlers → storage): SQL is written only in storage/ (handlers call its
repo functions), handlers.registry names the handler modules it loads without importing any of them, no import
circle, and no module over 300 lines (the model modules: tests/test_model_modules.py). Checked on the source
with `ast`, so a comment or a string never counts and an alias never hides."""
import ast
from pathlib import Path

from handlers import registry

PROJECT = Path(__file__).resolve().parent.parent
HANDLERS = PROJECT / "handlers"
# What a handler may take from SQLAlchemy: the Session class, for type hints.
HANDLER_MAY_IMPORT = {"sqlalchemy.orm.Session"}
# Session methods that run SQL; called on anything named *session (session, turn.session, ctx.session …).
SESSION_SQL = {"execute", "scalars", "scalar", "query", "get", "connection", "merge", "bulk_save_objects"}
# Statement constructors (whatever module they would come from).
STATEMENTS = {"select", "insert", "update", "delete", "text", "exists", "union", "union_all"}


def imported_modules(tree: ast.Module, package: str) -> list[tuple[int, str]]:
    """(line, dotted name) of every import in *tree*; `from a import b` counts as a.b (b may be a module)."""
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:  # relative: resolve against the module's package
                parts = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join(parts + ([node.module] if node.module else []))
            else:
                base = node.module
            found += [(node.lineno, f"{base}.{alias.name}") for alias in node.names]
    return found


def _receiver_name(node: ast.expr) -> str:
    """'session' for `session`, `turn.session`, `self.ctx.session`; '' for anything else (a call, a subscript)."""
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return ""


def handler_sql_problems(source: str, package: str = "handlers") -> list[str]:
    """SQLAlchemy imports (bar Session), statement construction and session execution in a handler's source."""
    tree = ast.parse(source)
    problems = []
    for line, name in imported_modules(tree, package):
        if name.split(".")[0] == "sqlalchemy" and name not in HANDLER_MAY_IMPORT:
            problems.append(f"line {line}: imports {name}")
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        if isinstance(func, ast.Name) and func.id in STATEMENTS:
            problems.append(f"line {node.lineno}: builds a statement with {func.id}(…)")
        elif isinstance(func, ast.Attribute) and func.attr in SESSION_SQL \
                and _receiver_name(func.value).lower().endswith("session"):
            problems.append(f"line {node.lineno}: calls {ast.unparse(func)}(…)")
    return problems


def handler_modules() -> list[Path]:
    return sorted(HANDLERS.rglob("*.py"))


def test_handlers_leave_sql_to_storage():
    """Handlers call storage/repo*.py; they build no statement and run none on a session themselves."""
    problems = {}
    for path in handler_modules():
        package = ".".join(path.relative_to(PROJECT).with_suffix("").parts[:-1])
        found = handler_sql_problems(path.read_text(encoding="utf-8"), package)
        if found:
            problems[str(path.relative_to(PROJECT))] = found
    assert problems == {}


def test_handler_check_catches_sql():
    assert handler_sql_problems("from sqlalchemy import select\n")
    assert handler_sql_problems("import sqlalchemy\n")
    assert handler_sql_problems("from sqlalchemy.exc import IntegrityError\n")
    assert handler_sql_problems("from sqlalchemy import orm\n")
    assert handler_sql_problems("stmt = select(Booking).where(Booking.id == 1)\n")
    assert handler_sql_problems("x = sa.update(Slot)\n") == []  # the import of sa is what is caught
    assert handler_sql_problems("import sqlalchemy as sa\nx = sa.update(Slot)\n")
    for call in ("session.get(Booking, 1)", "turn.session.execute(stmt)", "ctx.session.scalars(stmt)",
                 "session.scalar(stmt)", "db_session.query(Booking)", "turn.session.connection()"):
        assert handler_sql_problems(call + "\n"), call
    assert handler_sql_problems("from sqlalchemy.orm import Session\n"
                                "def f(session: Session, values: dict):\n"
                                "    values.update(a=1)\n    return values.get('a'), turn.payload.get('b')\n") == []


REGISTERING = {"action", "condition", "provider", "matcher", "job", "system_job", "uses_state", "uses_trigger"}


def registers(tree: ast.Module) -> bool:
    """True when the module registers something: imports a registering function or calls registry.<one>."""
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module == "handlers.registry" \
                and REGISTERING & {alias.name for alias in node.names}:
            return True
        if isinstance(node, ast.Attribute) and node.attr in REGISTERING \
                and isinstance(node.value, ast.Name) and node.value.id == "registry":
            return True
    return False


def test_the_registry_lists_every_registering_handler_module_and_imports_none():
    registering = set()
    for path in handler_modules():
        dotted = ".".join(path.relative_to(PROJECT).with_suffix("").parts)
        if dotted != "handlers.registry" and registers(ast.parse(path.read_text(encoding="utf-8"))):
            registering.add(dotted)
    assert sorted(registering) == sorted(registry.HANDLER_MODULES)
    assert len(set(registry.HANDLER_MODULES)) == len(registry.HANDLER_MODULES)
    tree = ast.parse((HANDLERS / "registry.py").read_text(encoding="utf-8"))
    from_project = [name for _, name in imported_modules(tree, "handlers")
                    if name.split(".")[0] in ("handlers", "dialogs", "storage", "bot")]
    assert from_project == []


def test_load_all_registers_what_scripts_use():
    registry.load_all()
    assert "classify_text" in registry.ACTIONS and "greet_first_contact" in registry.ACTIONS
    assert registry.JOBS and registry.SYSTEM_JOBS and registry.MATCHERS



# What bot/ may take from SQLAlchemy besides the Session type: its exceptions (to answer 503 when the database is
# down). A name `session` imported from Flask is the signed cookie, not a database session.
BOT_MAY_IMPORT_PREFIXES = ("sqlalchemy.exc.",)


def bot_sql_problems(path: Path) -> list[str]:
    """SQL in one module of bot/: handler rules, except SQLAlchemy's exceptions and Flask's cookie session."""
    source = path.read_text(encoding="utf-8")
    package = ".".join(path.relative_to(PROJECT).with_suffix("").parts[:-1])
    cookie = any(name == "flask.session" for _line, name in imported_modules(ast.parse(source), package))
    problems = []
    for problem in handler_sql_problems(source, package):
        if any(f"imports {prefix}" in problem for prefix in BOT_MAY_IMPORT_PREFIXES):
            continue
        if cookie and problem.endswith("calls session.get(…)"):
            continue
        problems.append(problem)
    return problems


def test_the_web_surfaces_leave_sql_to_storage():
    """bot/ (views, the API, the console, the editor's sandbox, demo seeds) calls storage/; it builds and runs no
    SQL itself."""
    problems = {str(path.relative_to(PROJECT)): found for path in sorted((PROJECT / "bot").rglob("*.py"))
                if (found := bot_sql_problems(path))}
    assert problems == {}


def test_the_bot_check_still_catches_a_query_next_to_the_cookie_session(tmp_path):
    module = PROJECT / "bot" / "_probe_for_the_layer_test.py"
    module.write_text("from flask import session\nfrom sqlalchemy import select\n\n"
                      "def f(db_session, Resident):\n    session.get('x')\n"
                      "    return db_session.scalars(select(Resident))\n", encoding="utf-8")
    try:
        found = bot_sql_problems(module)
    finally:
        module.unlink()
    assert any("imports sqlalchemy.select" in p for p in found)
    assert any("calls db_session.scalars" in p for p in found)
    assert not any("session.get" in p for p in found)


def import_graph() -> dict[str, set[str]]:
    """Every project module (bot, dialogs, handlers, storage; migrations aside) → the project modules it imports,
    at module level or inside a function (a deferred import still ties two modules together)."""
    modules = {}
    for package in ("bot", "dialogs", "handlers", "storage"):
        for path in (PROJECT / package).rglob("*.py"):
            if "migrations" in path.parts:
                continue
            parts = list(path.relative_to(PROJECT).with_suffix("").parts)
            modules[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path
    graph = {}
    for name, path in modules.items():
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        targets = {imported for _line, imported in imported_modules(ast.parse(path.read_text(encoding="utf-8")), package)}
        # `from a.b import c` names a.b.c, which is a module or a name in a.b
        graph[name] = {t if t in modules else t.rpartition(".")[0] for t in targets} & set(modules) - {name}
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The import circles of a graph (Tarjan's strongly connected components of two or more modules)."""
    index, low, stack, on_stack, found, counter = {}, {}, [], set(), [], [0]

    def visit(node):
        index[node] = low[node] = counter[0]
        counter[0] += 1
        stack.append(node)
        on_stack.add(node)
        for nxt in graph[node]:
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_no_module_imports_one_that_imports_it_back():
    """bot → dialogs → handlers → storage, and inside each package no circle: registration is by explicit lists
    (blueprints, handler modules, report figures, seed steps, models), never by modules importing each other."""
    graph = import_graph()
    assert len(graph) > 150
    assert cycles(graph) == []


def test_the_circle_check_finds_a_circle():
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


# No module longer than this (issue 19): one job each, read in one sitting.
LINE_LIMIT = 300
SIZED_PACKAGES = ("bot", "dialogs", "handlers", "storage", "tests", "benchmarks")


def long_modules(limit: int = LINE_LIMIT) -> dict[str, int]:
    """Every Python module of SIZED_PACKAGES over *limit* lines, with its line count."""
    found = {}
    for package in SIZED_PACKAGES:
        for path in sorted((PROJECT / package).rglob("*.py")):
            lines = len(path.read_text(encoding="utf-8").splitlines())
            if lines > limit:
                found[str(path.relative_to(PROJECT))] = lines
    return found


def test_no_python_module_is_over_300_lines():
    """No Python module in bot/, dialogs/, handlers/, storage/, tests/, benchmarks/ is over 300 lines; a failure
    lists every offender with its line count."""
    assert long_modules() == {}


def test_the_size_check_finds_a_long_module_and_counts_its_lines():
    found = long_modules(limit=10)
    assert found["tests/test_layers.py"] == len(Path(__file__).read_text(encoding="utf-8").splitlines())
    assert "storage/models/__init__.py" in found and "bot/commands/__init__.py" not in found
