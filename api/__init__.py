"""The HTTP API: the app factory (``app``), routers by job (``routes``), key checks, errors, limits and the
dependencies on the shared service (``deps``). It mounts the chat from ``ui``."""
