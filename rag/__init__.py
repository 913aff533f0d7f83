"""The read side of hoidap, in floors (each imports only the floors below it):

- ``rag.vi``: the Vietnamese language layer (normalisation, syllables, numbers, dates, document types,
  reference parsing, sentences); ``rag.settings``, ``rag.errors`` and ``rag.documents`` (the data types)
  stand beside it;
- ``rag.index`` (the store, embeddings, the lexical index) and ``rag.directives`` (mentions, registry);
- ``rag.query``: question analysis, follow-ups, hybrid retrieval;
- ``rag.answer``: extractive and registry answers, generation, verification, citation numbering;
- ``rag.reader``: the one read-side object. Nothing in ``rag`` writes: ``ingest`` owns every write.
"""
