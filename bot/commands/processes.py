"""`madoguchi worker` and `madoguchi demo`: the long-running processes."""
import signal
import time

import click

from bot.app.config import Settings


@click.command()
@click.option("--every", default=2.0, show_default=True, help="Seconds between passes.")
@click.option("--once", is_flag=True, help="One pass, then exit.")
def worker(every, once):
    """Retry unprocessed events and undelivered messages; send scheduled work (run one or more)."""
    from bot.app.runtime import Runtime
    runtime = Runtime(Settings.from_env(), background=False)
    stop = {"now": False}
    signal.signal(signal.SIGTERM, lambda *_: stop.update(now=True))
    click.echo("madoguchi worker running")
    try:
        while not stop["now"]:
            try:
                runtime.sweep_once()
            except Exception as exc:  # noqa: BLE001 - database down: say so and try again
                click.echo(f"worker pass failed ({type(exc).__name__}); retrying", err=True)
            if once:
                break
            time.sleep(every)
    except KeyboardInterrupt:
        pass
    finally:
        runtime.close()


@click.command()
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=5000, show_default=True)
@click.option("--line-port", default=0, help="Port of the built-in fake LINE API (0: any free port).")
def demo(host, port, line_port):
    """Everything on one machine with no LINE account: SQLite, fake LINE API, simulator."""
    from bot.dev.demo import run_demo
    run_demo(host, port, line_port)
