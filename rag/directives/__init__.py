"""Directive mentions and the registry: what each sentence states about a document it names
(``extract``: type, number, date, issuer, term, subject) and those statements merged into one record per
document with every attested value and its sources (``registry``)."""
