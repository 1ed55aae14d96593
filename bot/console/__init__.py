"""The counselors' console: the queue, conversations, bookings, kiosk devices, residents' data requests."""
