"""The LINE channel: the webhook, the inbox of events, rendering, the Messaging API client, rich menus."""
