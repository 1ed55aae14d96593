"""The audit line for a list of conversations read (residents' words included), written only when it changed."""
import hashlib
from dataclasses import dataclass

from storage import clock, repo_console


@dataclass
class BulkReader:
    """Who reads a list of conversations (residents' words included), for the audit log. *seen*: the digest
    of what this reader was last shown; a read that shows the same again writes no line (queue polling)."""

    name: str
    via: str
    ip: str | None = None
    seen: str | None = None

    def audit(self, session, rows: list[dict]) -> None:
        """Write one audit line for the list when it differs from what was last shown; keep its digest."""
        digest = hashlib.sha256(repr([(r["id"], r.get("last_message"), r.get("summary")) for r in rows])
                                .encode()).hexdigest()[:32]
        if digest == self.seen or (not rows and self.seen is None):
            self.seen = digest
            return  # the same as last time, or an empty list: no resident's words were read
        self.seen = digest
        ids = ",".join(str(r["id"]) for r in rows)
        detail = f"{len(rows)} conversations: {ids}"
        repo_console.audit(session, self.name, "read_list", clock.now(), via=self.via,
                           detail=detail if len(detail) <= 200 else detail[:196] + " …", ip=self.ip)
