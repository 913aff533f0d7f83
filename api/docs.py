"""/docs (Swagger UI) and /redoc served from packaged assets, so they work on a network without a CDN.

The JavaScript, CSS and favicon come from the ``fastapi-offline`` wheel (pinned in pyproject.toml; it bundles
Swagger UI 5.32.6 and ReDoc 2.5.3); FastAPI's own pages would load them from a CDN and stay blank offline.
"""

from __future__ import annotations

from pathlib import Path

import fastapi_offline
from fastapi import FastAPI, Request
from fastapi.openapi.docs import get_redoc_html, get_swagger_ui_html
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles

DOCS_URL = "/docs"
REDOC_URL = "/redoc"
ASSETS_URL = "/docs-assets"
ASSETS_DIR = Path(fastapi_offline.__file__).parent / "static"

# The pages' own CSP (the app-wide one has only frame-ancestors): images, fonts and fetches from this origin only.
# ReDoc's sidebar always shows an <img> from cdn.redoc.ly; blocked here, its onError handler just hides it.
# Scripts and styles are left alone: the Swagger page configures itself in an inline script, both bundles inject
# inline styles, and a stricter policy is only worth its risk of blanking the pages if a browser test backs it.
DOCS_CSP = "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; frame-ancestors 'self'"

# Swagger UI's online validator badge is an <img> from validator.swagger.io for any non-localhost spec URL:
# a request that leaves the network (and fails offline). Off.
_SWAGGER_PARAMETERS = {"validatorUrl": None}


def install_docs(app: FastAPI) -> None:
    """Mount the assets and add the two pages; build ``app`` with ``docs_url=None, redoc_url=None``."""
    if not (ASSETS_DIR / "swagger-ui-bundle.js").is_file():
        raise RuntimeError(f"the API docs' assets are missing from {ASSETS_DIR}: reinstall fastapi-offline")
    app.mount(ASSETS_URL, StaticFiles(directory=ASSETS_DIR), name="docs-assets")

    def _prefix(request: Request) -> str:
        return str(request.scope.get("root_path", "")).rstrip("/")  # behind a proxy mounted under a path

    def _page(build, request: Request, **assets: str) -> HTMLResponse:
        root = _prefix(request)
        page = build(openapi_url=f"{root}{app.openapi_url}",
                     **{k: v if k.startswith(("title", "with_", "swagger_ui_")) else f"{root}{ASSETS_URL}/{v}"
                        for k, v in assets.items()})
        page.headers["Content-Security-Policy"] = DOCS_CSP
        return page

    @app.get(DOCS_URL, include_in_schema=False)
    async def swagger_ui(request: Request) -> HTMLResponse:
        return _page(get_swagger_ui_html, request, title=f"{app.title} - Swagger UI",
                     swagger_js_url="swagger-ui-bundle.js", swagger_css_url="swagger-ui.css",
                     swagger_favicon_url="favicon.png",
                     swagger_ui_parameters={**(app.swagger_ui_parameters or {}), **_SWAGGER_PARAMETERS})

    @app.get(REDOC_URL, include_in_schema=False)
    async def redoc(request: Request) -> HTMLResponse:
        # ReDoc falls back to the system's fonts
        return _page(get_redoc_html, request, title=f"{app.title} - ReDoc", redoc_js_url="redoc.standalone.js",
                     redoc_favicon_url="favicon.png", with_google_fonts=False)
