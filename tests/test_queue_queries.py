"""The console polls the queue every 2 s: reading it takes the same number of queries for 2 or 12 residents."""
import threading

from sqlalchemy import event

from bot.console.counsel import Counsel
from tests.support import Resident


def statements_reading_the_queue(runtime) -> int:
    seen = []
    reader = threading.get_ident()

    def count(*_args):
        # The engine is shared: a webhook's background work may run a statement meanwhile; count only ours.
        if threading.get_ident() == reader:
            seen.append(1)

    event.listen(runtime.db.engine, "before_cursor_execute", count)
    try:
        rows = Counsel(runtime).queue()
    finally:
        event.remove(runtime.db.engine, "before_cursor_execute", count)
    assert rows
    return len(seen)


def test_the_queue_is_read_in_a_fixed_number_of_queries(app, fake_line, runtime):
    for number in range(2):
        Resident(app, fake_line, f"Uq{number}").say("人と話したい")
    few = statements_reading_the_queue(runtime)
    for number in range(2, 12):
        Resident(app, fake_line, f"Uq{number}").say("人と話したい")
    assert len(Counsel(runtime).queue()) == 12
    # the conversations with their residents, their last words, when the ones in hand were claimed, staff names
    assert statements_reading_the_queue(runtime) == few <= 4
