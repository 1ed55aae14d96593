"""Persistence: SQLAlchemy models, the database handle and small repository functions."""
