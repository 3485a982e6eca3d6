"""Offline copies: a laptop works on local SQLite and syncs with the shared server."""
