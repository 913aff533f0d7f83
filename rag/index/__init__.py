"""Index access for reading: the Chroma collection (``store``), the LangChain embedding adapters
(``embeddings``) and the BM25 lexical index over syllables, folded forms and directive keys (``lexical``).
It opens and reads; every write goes through ``ingest.indexer.Indexer``."""
