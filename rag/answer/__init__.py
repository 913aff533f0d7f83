"""Answers: extractive quotes chosen from the passages (``extractive``), answers about a document from
the registry (``registry``), the optional LLM prompt (``generate``) and the sentence-by-sentence check of
what it writes (``verify``); every answer numbers its sources through ``citations``."""
