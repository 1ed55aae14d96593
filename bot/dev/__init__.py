"""For development and demos only: the fake LINE API, the simulator, the demo and its seed data."""
