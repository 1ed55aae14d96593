"""The dialog editor's work: drafts on top of the live version, checking, previewing, publishing, restoring.

Every content is an overlay on the shipped files (see dialogs.overlay); a version stores its whole
overlay, so viewing or restoring any version needs nothing but that row."""
import difflib
import threading
from collections import OrderedDict
from dataclasses import dataclass, field

from bot.admin.dialogs import preview
from dialogs import overlay
from dialogs.overlay import Content
from handlers import datafile
from handlers.datafile import DataError
from storage import clock, repo_console, repo_editor

EXAMPLE_TESTS = """\
# 相談者の動き（say: 書く / tap: ボタンを押す / follow: 友だち追加）と、
# ボットの返事に含まれるはずの言葉（bot:）を書きます。公開の前に必ず全部通ります。
- name: 友だち追加するとあいさつする
  steps:
    - follow: true
      bot: [窓口]
"""
PREVIEW_CACHE = 4


class PublishRefused(ValueError):
    """Publishing was refused; .problems says why, in plain words."""

    def __init__(self, message: str, problems: list[str] | None = None):
        super().__init__(message)
        self.problems = problems or []


@dataclass
class Draft:
    """What an editor is working on."""

    staff_name: str
    base_version: int
    content: Content
    tests: str
    saved: bool = False  # False: nothing changed yet (it mirrors the live version)


@dataclass
class FileDiff:
    """How one file or the messages differ between two contents."""

    path: str
    lines: list[tuple[str, str]] = field(default_factory=list)  # (kind: add|del|ctx|hunk, text)


def _content(row) -> Content:
    return Content(dict(row.files or {}), {k: dict(v) for k, v in (row.messages or {}).items()}) if row else Content()


class DialogEditor:
    """Drafts, checks, previews and versions for one process (kept on the Runtime)."""

    def __init__(self, rt):
        self.rt = rt
        self._previews: OrderedDict = OrderedDict()
        self._lock = threading.Lock()

    @property
    def data_dir(self):
        """The shipped dialog folder."""
        return self.rt.settings.data_dir

    # --- versions -----------------------------------------------------------------------------
    def live(self) -> tuple[int, Content, str]:
        """(id, content, tests) of the published version (0 and empty for the shipped files)."""
        with self.rt.db.session() as session:
            vid = repo_editor.live_version_id(session)
            row = repo_editor.version(session, vid) if vid else None
            return vid, _content(row), (row.tests if row else EXAMPLE_TESTS)

    def version(self, vid: int):
        """(row or None for version 0, content) of one version; KeyError when there is no such version."""
        if vid == 0:
            return None, Content()
        with self.rt.db.session() as session:
            row = repo_editor.version(session, vid)
            if row is None:
                raise KeyError(vid)
            session.expunge(row)
            return row, _content(row)

    def versions(self) -> list:
        """Published versions, newest first."""
        with self.rt.db.session() as session:
            rows = repo_editor.versions(session)
            for row in rows:
                session.expunge(row)
            return rows

    def history(self, limit: int = 50) -> list:
        """Who changed the dialogs and when (the console's audit log, editor lines only)."""
        with self.rt.db.session() as session:
            rows = repo_editor.editor_audit(session, limit)
            for row in rows:
                session.expunge(row)
            return rows

    # --- drafts -------------------------------------------------------------------------------
    def draft(self, staff_name: str) -> Draft:
        """The editor's draft, or a fresh one mirroring the live version."""
        with self.rt.db.session() as session:
            row = repo_editor.draft(session, staff_name)
            if row is not None:
                return Draft(staff_name, row.base_version, _content(row), row.tests, True)
        vid, content, tests = self.live()
        return Draft(staff_name, vid, content, tests)

    def save(self, draft: Draft, who: str, what: str) -> list[str]:
        """Store the draft (only real changes are kept) and return its problems ('file:line: reason')."""
        draft.content = overlay.normalise(self.data_dir, self.rt.shipped_catalog, draft.content)
        with self.rt.db.session() as session:
            repo_editor.save_draft(session, draft.staff_name, draft.base_version, draft.content.files,
                                   draft.content.messages, draft.tests, clock.now())
            repo_console.audit(session, who, "dialog_draft", clock.now(), via="editor", detail=what)
        draft.saved = True
        return self.check(draft.content)

    def save_file(self, draft: Draft, who: str, path: str, text: str) -> list[str]:
        """Replace one file in the draft; return the draft's problems. A file that could expand beyond its
        size (anchors, aliases, too large) raises DataError and is not stored."""
        overlay.check_path(self.data_dir, path)
        text = text.replace("\r\n", "\n")
        datafile.check_bounded(text, path)
        draft.content.files[path] = text
        return self.save(draft, who, f"下書き: {path}")

    def save_messages(self, draft: Draft, who: str, lang: str, texts: dict[str, str]) -> list[str]:
        """Replace messages of one language in the draft; return the draft's problems."""
        mine = draft.content.messages.setdefault(lang, {})
        base = self.rt.shipped_catalog
        for msg_id, text in texts.items():
            text = text.replace("\r\n", "\n")
            if text == base.texts.get(lang, {}).get(msg_id):
                mine.pop(msg_id, None)
            elif text or msg_id in mine or base.texts.get(lang, {}).get(msg_id):
                mine[msg_id] = text
        return self.save(draft, who, f"下書き: 文言 ({lang})")

    def save_tests(self, draft: Draft, who: str, text: str) -> list[str]:
        """Replace the draft's transcript tests (refused, not stored, when they could expand beyond their size)."""
        text = text.replace("\r\n", "\n")
        datafile.check_bounded(text, "tests")
        draft.tests = text
        return self.save(draft, who, "下書き: テスト")

    def discard(self, staff_name: str, who: str) -> None:
        """Throw the draft away (the next one mirrors the live version)."""
        with self.rt.db.session() as session:
            repo_editor.drop_draft(session, staff_name)
            repo_console.audit(session, who, "dialog_discard", clock.now(), via="editor", detail="下書きを破棄")

    # --- checking and previewing ----------------------------------------------------------------
    def check(self, content: Content) -> list[str]:
        """Every problem with a content, from the same validator the bot runs at start-up."""
        try:
            self.preview_live(content)
        except DataError as exc:
            return exc.problems
        except ValueError as exc:
            return [str(exc)]
        return []

    def preview_live(self, content: Content):
        """Engine and services built from a content, for the preview (cached; raises DataError)."""
        key = content.key()
        with self._lock:
            if key in self._previews:
                self._previews.move_to_end(key)
                return self._previews[key]
        bundle = self.rt.build_content(content)
        live = self.rt.make_live(-1, bundle, notify=lambda payload: None)
        with self._lock:
            self._previews[key] = live
            while len(self._previews) > PREVIEW_CACHE:
                self._previews.popitem(last=False)
        return live

    def run_tests(self, content: Content, tests: str) -> list[preview.TestResult]:
        """Run the transcript tests against a content (a content that does not load fails them all)."""
        try:
            live = self.preview_live(content)
        except (DataError, ValueError):
            return [preview.TestResult("データの確認", False, ["データに問題があるため、テストを実行できません"])]
        return preview.run_tests(live, tests)

    # --- differences ----------------------------------------------------------------------------
    def diff(self, old: Content, new: Content) -> tuple[list[FileDiff], list[dict]]:
        """Changed files as unified diffs, and changed messages as rows {lang, id, old, new}."""
        files = []
        for path in sorted(set(old.files) | set(new.files)):
            before = overlay.effective_text(self.data_dir, old, path).splitlines()
            after = overlay.effective_text(self.data_dir, new, path).splitlines()
            if before == after:
                continue
            lines = []
            for line in list(difflib.unified_diff(before, after, "公開中", "下書き", n=2, lineterm=""))[2:]:
                kind = {"+": "add", "-": "del", "@": "hunk"}.get(line[:1], "ctx")
                lines.append((kind, line))
            files.append(FileDiff(path, lines))
        catalog = self.rt.shipped_catalog
        messages = []
        for lang in sorted(set(old.messages) | set(new.messages)):
            a, b = old.messages.get(lang, {}), new.messages.get(lang, {})
            for msg_id in sorted(set(a) | set(b)):
                shipped = catalog.texts.get(lang, {}).get(msg_id, "")
                before, after = a.get(msg_id, shipped), b.get(msg_id, shipped)
                if before != after:
                    messages.append({"lang": lang, "id": msg_id, "old": before, "new": after})
        return files, messages

    def rebase(self, draft: Draft) -> list[str]:
        """Carry the draft's own changes onto a newer live version; return paths both sides changed."""
        vid, live, _tests = self.live()
        if vid == draft.base_version:
            return []
        _row, base = self.version(draft.base_version) if draft.base_version else (None, Content())
        merged, conflicts = Content(dict(live.files), {k: dict(v) for k, v in live.messages.items()}), []
        for path in set(base.files) | set(draft.content.files):
            mine, theirs, was = (draft.content.files.get(path), live.files.get(path), base.files.get(path))
            if mine == was:
                continue
            if theirs != was and theirs != mine:
                conflicts.append(path)
            if mine is None:
                merged.files.pop(path, None)
            else:
                merged.files[path] = mine
        for lang in set(base.messages) | set(draft.content.messages):
            b, m, t = base.messages.get(lang, {}), draft.content.messages.get(lang, {}), live.messages.get(lang, {})
            for msg_id in set(b) | set(m):
                if m.get(msg_id) == b.get(msg_id):
                    continue
                if t.get(msg_id) != b.get(msg_id) and t.get(msg_id) != m.get(msg_id):
                    conflicts.append(f"文言 {lang} {msg_id}")
                if msg_id in m:
                    merged.messages.setdefault(lang, {})[msg_id] = m[msg_id]
                else:
                    merged.messages.get(lang, {}).pop(msg_id, None)
        if not conflicts:
            draft.content, draft.base_version = merged, vid
        return sorted(conflicts)

    # --- publishing -----------------------------------------------------------------------------
    def publish(self, draft: Draft, who: str, comment: str) -> int:
        """Check, test and publish the draft as a new version; return its id (PublishRefused says why not)."""
        conflicts = self.rebase(draft)
        if conflicts:
            raise PublishRefused("ほかの人が同じところを変えて先に公開しました。下書きを捨てて、最新の版から"
                                 "やり直してください。", conflicts)
        version = self._publish(draft.content, draft.tests, who, comment, "dialog_publish", None)
        with self.rt.db.session() as session:
            repo_editor.drop_draft(session, draft.staff_name)
        return version

    def restore(self, vid: int, who: str) -> int:
        """Publish an earlier version's content again, as a new version; return its id."""
        row, content = self.version(vid)
        tests = row.tests if row else EXAMPLE_TESTS
        return self._publish(content, tests, who, f"第{vid}版に戻す", "dialog_restore", vid)

    def _publish(self, content: Content, tests: str, who: str, comment: str, action: str, restored_from) -> int:
        try:
            content = overlay.normalise(self.data_dir, self.rt.shipped_catalog, content)
        except ValueError as exc:  # a file that can no longer be edited (the code changed since)
            raise PublishRefused("この内容には、いまは使えないファイルが含まれています。", [str(exc)]) from None
        problems = self.check(content)
        if problems:
            raise PublishRefused("データに問題があるため公開できません。", problems)
        failed = [r for r in self.run_tests(content, tests) if not r.ok]
        if failed:
            raise PublishRefused("テストが通らないため公開できません。",
                                 [f"{r.name}: {p}" for r in failed for p in r.problems])
        with self.rt.db.session() as session:
            row = repo_editor.add_version(session, who, comment.strip(), content.files, content.messages,
                                          tests, clock.now(), restored_from)
            changed = ", ".join(list(content.files) + [f"文言{len(m)}件({lang})"
                                                       for lang, m in content.messages.items() if m])
            repo_console.audit(session, who, action, clock.now(), via="editor",
                               detail=f"第{row.id}版「{comment.strip()[:60]}」 {changed or '出荷時のまま'}")
            version = row.id
        self.rt.refresh_dialogs(force=True)
        return version
