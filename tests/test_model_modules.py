"""Model modules (issue 19): each stands alone on the declarative base (it imports only the base, storage.types and
storage.clock), and `storage.models` registers them all and exports every model. Checked on the source with
`ast` (the import walk is tests/test_layers.py's)."""
import ast
from pathlib import Path

import storage.models
from storage.models import Base
from tests.test_layers import PROJECT, imported_modules

MODELS = PROJECT / "storage" / "models"
# What a model module may import from the project: the base, column types and the clock (nothing else).
MODEL_MAY_IMPORT = {"storage.models.base", "storage.types", "storage.clock"}


def model_import_problems(source: str, package: str = "storage.models") -> list[str]:
    """Imports of project modules other than the base, storage.types and storage.clock."""
    problems = []
    for line, module in imported_modules(ast.parse(source), package):
        top = module.split(".")[0]
        if top not in ("storage", "handlers", "dialogs", "bot"):
            continue
        if module in MODEL_MAY_IMPORT or any(module.startswith(m + ".") for m in MODEL_MAY_IMPORT):
            continue
        problems.append(f"line {line}: imports {module}")
    return problems


def model_modules() -> list[Path]:
    return sorted(p for p in MODELS.glob("*.py") if p.name != "__init__.py")


def test_model_modules_import_only_the_base_types_and_clock():
    problems = {p.name: model_import_problems(p.read_text(encoding="utf-8")) for p in model_modules()}
    assert {name: found for name, found in problems.items() if found} == {}


def test_model_import_check_catches_a_sibling_import():
    assert model_import_problems("from storage.models.core import Resident\n")
    assert model_import_problems("from storage.models import Resident\n")
    assert model_import_problems("from storage import models\n")
    assert model_import_problems("from . import core\n")
    assert model_import_problems("from .core import Resident\n")
    assert model_import_problems("import storage.models.places\n")
    assert model_import_problems("from storage import repo\n")
    assert model_import_problems("from storage.models.base import Base\nfrom storage.types import JSONType\n"
                                 "from storage.clock import now\nfrom .base import Base\n") == []


def test_the_package_registers_every_model_module_and_exports_every_model():
    tree = ast.parse((MODELS / "__init__.py").read_text(encoding="utf-8"))
    imported = [name for _, name in imported_modules(tree, "storage.models")]
    unregistered = [p.stem for p in model_modules()
                    if not any(name.startswith(f"storage.models.{p.stem}.") for name in imported)]
    assert unregistered == []
    mapped = {mapper.class_.__name__ for mapper in Base.registry.mappers}
    assert mapped <= set(storage.models.__all__)
    assert all(getattr(storage.models, name) is not None for name in storage.models.__all__)
    assert {table.name for mapper in Base.registry.mappers for table in mapper.tables} == set(Base.metadata.tables)
