"""Process wiring: settings, the runtime, background threads, the scheduler, the one turn runner and the outbox."""
