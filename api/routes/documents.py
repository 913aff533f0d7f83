"""Documents: list and read (``router``), upload and delete (``writes``: they need an API key and run on the
write worker)."""

from __future__ import annotations

from pathlib import PurePosixPath
from typing import Annotated

from fastapi import APIRouter, Depends, File, Form, Path, Query, Request, UploadFile
from fastapi.responses import JSONResponse

from api.auth import require_write_key
from api.deps import BODY_ERRORS, INVALID, KEY_ERRORS, UNAVAILABLE, PipelineDep, WriterDep
from api.errors import ApiError
from api.schemas import ChunkOut, DeleteResponse, DocumentDetail, DocumentList, DocumentOut, ErrorBody, UploadResponse
from ingest.loaders import SUPPORTED_SUFFIXES
from rag.index.store import DocumentSummary

DocId = Annotated[str, Path(description="Document id as listed by GET /v1/documents",
                            examples=["nghe-an-nhiem-vu-giai-phap-kl21"], max_length=200)]
router = APIRouter(tags=["văn bản"], responses=UNAVAILABLE)
writes = APIRouter(tags=["văn bản"], dependencies=[Depends(require_write_key)], responses={**UNAVAILABLE, **KEY_ERRORS})


def _out(d: DocumentSummary) -> DocumentOut:
    return DocumentOut(doc_id=d.doc_id, title=d.title, source=d.source, published=d.published, chunks=d.chunks,
                       ingested_at=d.ingested_at)


def safe_filename(name: str | None) -> str:
    """The file's base name only (no folders, no control characters); 422 when nothing usable is left."""
    base = PurePosixPath((name or "").replace("\\", "/")).name
    base = "".join(ch for ch in base if ch.isprintable()).strip()
    if not base or base in (".", ".."):
        raise ApiError(422, "invalid_filename", "The upload has no file name; send it as multipart field 'file' "
                                                "with a name such as 'ket-luan-21.pdf'.")
    return base[:255]


@router.get("/v1/documents", response_model=DocumentList, summary="Danh sách văn bản đã lập chỉ mục")
def list_documents(pipeline: PipelineDep) -> DocumentList:
    """Every indexed document with its source, publication note, chunk count and ingest time."""
    return DocumentList(documents=[_out(d) for d in pipeline.documents()])


@router.get("/v1/documents/{doc_id}", response_model=DocumentDetail, summary="Một văn bản và các đoạn của nó",
            responses={404: {"model": ErrorBody, "description": "Không có văn bản này"}, **INVALID})
def get_document(doc_id: DocId, pipeline: PipelineDep) -> DocumentDetail:
    """A document's metadata and its passages in reading order."""
    summary, chunks = pipeline.document(doc_id)
    return DocumentDetail(**_out(summary).model_dump(), passages=[
        ChunkOut(chunk_id=c.chunk_id, position=c.position, heading=c.heading, item_label=c.item_label, text=c.text)
        for c in chunks])


@writes.post("/v1/documents", response_model=UploadResponse, summary="Tải lên một văn bản (cần API key)",
             status_code=201,
             responses={200: {"model": UploadResponse, "description": "Đã có nội dung này (unchanged) hoặc đã thay"},
                        **BODY_ERRORS,
                        409: {"model": ErrorBody, "description": "Một tệp khác đã mang mã văn bản này "
                                                                 "(document_exists, kèm doc_id và title); gửi "
                                                                 "replace=true để thay"},
                        413: {"model": ErrorBody, "description": "Tệp lớn hơn HOIDAP_MAX_UPLOAD_MB, hoặc giải nén "
                                                                 "ra quá lớn"},
                        415: {"model": ErrorBody, "description": "Loại tệp không hỗ trợ"},
                        422: {"model": ErrorBody, "description": "Tệp không đọc được, rỗng, quá nhiều trang"}})
async def upload_document(
    request: Request,
    pipeline: PipelineDep,
    writer: WriterDep,
    file: Annotated[UploadFile, File(description="A .txt, .md, .html, .pdf or .docx file")],
    title: Annotated[str, Form(max_length=300, description="Title (default: from the file)",
                               examples=["Kết luận số 21-KL/TW"])] = "",
    source: Annotated[str, Form(max_length=300, examples=["Báo Nghệ An"])] = "",
    published: Annotated[str, Form(max_length=100, examples=["25/10/2021"])] = "",
    replace: Annotated[bool, Form(description="Replace the document that another file already holds under this "
                                              "id (otherwise 409)")] = False,
    replace_query: Annotated[bool, Query(alias="replace", description="Same as the form field")] = False,
) -> UploadResponse | JSONResponse:
    """Index one file. The id comes from the file name ("Kết luận 21.pdf" -> "ket-luan-21"); uploading
    the same content again changes nothing (200, ``unchanged``), new content under the same name replaces
    the document (200, ``replaced``), a new document is 201 ``created``. A different file whose name maps to
    an id already taken ("ket-luan-21.txt") is 409 ``document_exists`` with the existing title, unless
    ``replace=true`` (form field or query parameter)."""
    name = safe_filename(file.filename)
    suffix = PurePosixPath(name).suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise ApiError(415, "unsupported_media_type", f"'{suffix or name}' files are not supported; upload one of "
                                                      + ", ".join(SUPPORTED_SUFFIXES) + ".")
    limit = request.app.state.settings.max_upload_bytes()
    data = await file.read(limit + 1)
    if len(data) > limit:
        raise ApiError(413, "upload_too_large", f"The file is larger than {request.app.state.settings.max_upload_mb:g}"
                                                " MiB. Split it, or raise HOIDAP_MAX_UPLOAD_MB on the server.")
    if not data:
        raise ApiError(422, "empty_file", f"{name} is empty; choose the file again.")
    result = await writer.run(pipeline.upload, data, name, title, source, published, replace or replace_query)
    body = UploadResponse(doc_id=result.doc_id, title=result.title, chunks=result.chunks, added=result.added,
                          removed=result.removed, status=result.status)
    if result.status != "created":
        return JSONResponse(status_code=200, content=body.model_dump())
    return body


@writes.delete("/v1/documents/{doc_id}", response_model=DeleteResponse, summary="Xóa một văn bản (cần API key)",
               responses={404: {"model": ErrorBody, "description": "Không có văn bản này"}, **INVALID})
async def delete_document(doc_id: DocId, pipeline: PipelineDep, writer: WriterDep) -> DeleteResponse:
    """Remove a document and all its passages; the next question no longer sees it."""
    return DeleteResponse(doc_id=doc_id, removed_chunks=await writer.run(pipeline.delete, doc_id))
