"""The JSON API for other systems (conversations, bookings, places), behind API tokens."""
