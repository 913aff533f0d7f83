"""The directive registry: ``GET /v1/directives`` and ``GET /v1/directives/{ref}``."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query

from api.deps import INVALID, UNAVAILABLE, PipelineDep
from api.errors import ApiError
from api.schemas import (
    AttestedOut,
    DirectiveDetail,
    DirectiveList,
    DirectiveSummary,
    ErrorBody,
    RelatedOut,
    StatementOut,
)
from rag.directives.registry import Attested, Directive, Registry, Statement
from rag.vi.text import fold

router = APIRouter(tags=["văn bản được nhắc đến"], responses={**INVALID, **UNAVAILABLE})


def summary(d: Directive) -> DirectiveSummary:
    """A registry record's best-attested values."""
    return DirectiveSummary(id=d.key, ref=d.label, type=d.type_name, number=d.number, year=d.year,
                            date=d.best("dates"), issuer=d.best("issuers"), term=d.best("terms"),
                            subject=d.best("subjects"), mentions=len(d.mentions), conflicts=sorted(d.conflicts))


def _statement(st: Statement, pipeline_chunks: dict) -> StatementOut:
    c = pipeline_chunks.get(st.chunk_id)
    return StatementOut(chunk_id=st.chunk_id, doc_id=st.doc_id, title=c.title if c else "",
                        source=c.source if c else "", sentence=st.sentence)


def detail(d: Directive, registry: Registry, alternatives: list[Directive]) -> DirectiveDetail:
    """A registry record with every value, source, mention and related directive."""
    chunks = registry.chunks

    def attested(values: list[Attested]) -> list[AttestedOut]:
        return [AttestedOut(value=a.value, count=a.count, documents=a.documents, basis=a.basis,
                            sources=[_statement(s, chunks) for s in a.statements]) for a in values]

    related = []
    for key, shared in d.related:
        other = registry.get(key)
        if other:
            related.append(RelatedOut(id=other.key, ref=other.label, type=other.type_name, shared_sentences=shared))
    return DirectiveDetail(**summary(d).model_dump(), dates=attested(d.dates), issuers=attested(d.issuers),
                           terms=attested(d.terms), subjects=attested(d.subjects), places=attested(d.places),
                           mentions_list=[_statement(s, chunks) for s in d.mentions], related=related,
                           alternatives=[a.label + (f" ({a.year})" if a.year else "") for a in alternatives])


@router.get("/v1/directives", response_model=DirectiveList, summary="Danh sách văn bản được nhắc đến trong kho")
def list_directives(
    pipeline: PipelineDep,
    type: Annotated[str | None, Query(description="Loại văn bản", examples=["Kết luận"])] = None,  # noqa: A002
    issuer: Annotated[str | None, Query(description="Cơ quan ban hành (một phần tên)",
                                        examples=["Bộ Chính trị"])] = None,
    year: Annotated[str | None, Query(pattern=r"^\d{4}$", examples=["2021"])] = None,
    page: Annotated[int, Query(ge=1)] = 1,
    page_size: Annotated[int, Query(ge=1, le=200)] = 50,
) -> DirectiveList:
    """Every directive the corpus mentions, most mentioned first, with its best-attested date, issuer,
    term and subject; filter by type ("Kết luận", "ket luan"), issuer (any part of the name) or year."""
    records = pipeline.registry().all()
    if type:
        records = [d for d in records if fold(d.type_name) == fold(type)]
    if issuer:
        records = [d for d in records if any(fold(issuer) in fold(a.value) for a in d.issuers)]
    if year:
        records = [d for d in records if d.year == year]
    start = (page - 1) * page_size
    return DirectiveList(total=len(records), page=page, page_size=page_size,
                         directives=[summary(d) for d in records[start:start + page_size]])


@router.get("/v1/directives/{ref:path}", response_model=DirectiveDetail, summary="Một văn bản trong sổ đăng ký",
            responses={404: {"model": ErrorBody, "description": "Kho tài liệu không nhắc đến văn bản này"}})
def get_directive(
    ref: Annotated[str, Path(description="Số hiệu hoặc cách viết tắt: '21-KL/TW', 'KL 21', 'kl21', 'ket luan 21'",
                             examples=["KL 21"], max_length=200)],
    pipeline: PipelineDep,
) -> DirectiveDetail:
    """The record of one directive: every attested date, issuer, term and subject with counts and the
    sentences stating them, the attributes sources disagree on, every mention and related directives."""
    registry = pipeline.registry()
    found = registry.lookup(ref)
    if not found:
        raise ApiError(404, "directive_not_found",
                       f"The corpus does not mention '{ref}'. Write the number as in '21-KL/TW', 'KL 21' or "
                       "'ket luan 21'; GET /v1/directives lists what it mentions.")
    return detail(found[0], registry, found[1:])
