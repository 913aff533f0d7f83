"""The one service the API and the chat share: the ``Pipeline`` (read side + ``Indexer``), its loading
state (``state``), the key policy (``auth``) and the errors it reports (``errors``). The API and the UI
import this package; it never imports them."""
