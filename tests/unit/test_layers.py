"""Dependencies point one way: the domain imports no framework."""

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FRAMEWORKS = ("slack_bolt", "slack_sdk", "sqlalchemy", "jinja2", "apscheduler", "alembic",
              "handlers", "jobs", "storage", "templates", "console", "minutes", "web", "bot", "ics",
              "teams", "messages", "microsoft_teams", "fastapi", "uvicorn")
# Each chat's rendering lives with that chat's adapter; the sweeps and the neutral messages know none.
CHAT_RENDERING = ("slack_bolt", "slack_sdk", "handlers", "templates", "teams", "microsoft_teams", "console")


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text())
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module.split(".")[0])
    return names


def test_the_domain_imports_no_framework_storage_or_chat_code():
    offenders = {
        str(path.relative_to(ROOT)): sorted(imported_modules(path) & set(FRAMEWORKS))
        for path in (ROOT / "domain").glob("*.py")
    }
    assert {path: found for path, found in offenders.items() if found} == {}


def test_only_config_reads_the_environment():
    readers = [
        str(path.relative_to(ROOT)) for path in ROOT.glob("*/*.py")
        if "os.environ" in path.read_text() and path.parts[-2] not in ("tests", "bench", ".venv")
    ]
    assert readers == []


def test_the_sweeps_and_the_neutral_messages_import_no_chat_rendering():
    offenders = {
        str(path.relative_to(ROOT)): sorted(imported_modules(path) & set(CHAT_RENDERING))
        for folder in ("jobs", "messages") for path in (ROOT / folder).glob("*.py")
    }
    assert {path: found for path, found in offenders.items() if found} == {}


def test_the_layer_tests_see_the_folders_they_guard():
    for folder in ("domain", "jobs", "messages"):
        assert list((ROOT / folder).glob("*.py")), folder
