"""A serving process's long-lived heap, kept out of the garbage collector's full passes."""
import gc


def settle() -> None:
    """Once start-up has built everything a worker keeps (dialog scripts, catalogs, triage tables, compiled
    statements: some 230,000 objects), collect once and move the survivors out of the collector's reach.
    Otherwise every full pass walks them all again: about 140 ms of CPU, during which no request of the
    worker runs (the GIL is held), every few hundred events. Objects frozen here are still freed when
    their last reference goes; a cycle among them only once the heap is settled again (settle_again)."""
    gc.unfreeze()
    gc.collect()
    gc.freeze()


def settle_again() -> None:
    """After much of the long-lived heap was replaced (a newly published dialog version), in a process that
    settled it: collect what was replaced, cycles included, and freeze the new survivors."""
    if gc.get_freeze_count():
        settle()
