"""Errors a user can act on; each message says what to do."""


class HoidapError(Exception):
    """Base class for errors hoidap reports to people."""


class EmbeddingModelNotFound(HoidapError):
    """The configured embedding model is neither a local folder nor in the local cache."""


class CollectionMismatch(HoidapError):
    """The collection was built with another embedding model."""


class DocumentNotFound(HoidapError):
    """No document with that id is indexed."""
