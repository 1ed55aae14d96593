"""The declarative base every model module builds on (and the only module they import from each other)."""
from sqlalchemy.orm import DeclarativeBase


class Base(DeclarativeBase):
    """Declarative base for every Madoguchi table."""
