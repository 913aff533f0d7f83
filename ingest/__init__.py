"""Every write to the index: loading files (``loaders``), removing page chrome (``clean``), structure-aware
chunking (``chunking``), and the ``Indexer`` that embeds only new chunks, upserts, deletes and bumps the
collection's generation so every reader sees the change."""
