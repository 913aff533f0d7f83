"""Files the loader refuses get their own status and code in the JSON error body."""

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from api.errors import install_error_handlers
from ingest.loaders import ExtractionTooSlow, HtmlTooLarge, LoadError, TooLargeWhenUnpacked, TooManyPages


@pytest.mark.parametrize("error,status,code", [
    (TooLargeWhenUnpacked("bom.docx: the .docx unpacks to 61 MiB"), 413, "unpacks_too_large"),
    (HtmlTooLarge("dai.html: the HTML page is longer than 10,485,760 characters"), 413, "html_too_large"),
    (TooManyPages("dai.pdf: the PDF has 2,001 pages"), 422, "too_many_pages"),
    (ExtractionTooSlow("cham.pdf: reading the PDF's text took more than 60 s"), 422, "extraction_too_slow"),
    (LoadError("cu.txt: not UTF-8 text"), 422, "unreadable_document"),
])
def test_load_errors_map_to_status_and_code(error, status, code):
    app = FastAPI()
    install_error_handlers(app)

    @app.post("/v1/documents")
    def upload():
        raise error

    response = TestClient(app).post("/v1/documents")
    assert response.status_code == status
    assert response.json() == {"error": {"code": code, "message": str(error), "request_id": ""}}
