"""Errors a user can act on; each message says what to do."""


class HoidapError(Exception):
    """Base class for errors hoidap reports to people."""


class EmbeddingModelNotFound(HoidapError):
    """The configured embedding model is neither a local folder nor in the local cache."""


class CollectionMismatch(HoidapError):
    """The collection was built with another embedding model."""


class DocumentNotFound(HoidapError):
    """No document with that id is indexed."""


class DocumentIdTaken(HoidapError):
    """Another file already holds the document id a new file maps to."""

    def __init__(self, doc_id: str, title: str, file_name: str, new_name: str) -> None:
        super().__init__(
            f"'{new_name}' maps to the document id '{doc_id}', which already holds '{title}'"
            + (f" (from '{file_name}')" if file_name else "")
            + ". Rename the file, or send replace=true to replace that document.")
        self.doc_id = doc_id
        self.title = title
        self.file_name = file_name

