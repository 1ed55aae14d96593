"""The reception kiosk: its pages, its enrolled devices, and the kiosk as a channel."""
