"""The web application of ``warta serve``: the JSON API under ``/api/`` and the HTML pages.

Both read one :class:`warta.store.Store`; the pages through ``app.state.reader`` (the
:class:`warta.web.reader.Reader` interface, with the store's ``FocusedReader`` and
``FrontPageReader`` reads so that no page assembles the whole store), the API through
``app.state.store``.
"""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import Any

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

from warta import __version__
from warta.store import Store
from warta.web.api_guard import BodyLimit, install_error_handler
from warta.web.api_models import ArticleInput
from warta.web.api_routes import router as api_router

DEFAULT_MAX_BODY_BYTES = 5 * 1024 * 1024


def create_app(db: Path, token: str | None = None, cors_origins: list[str] | None = None,
               max_body_bytes: int = DEFAULT_MAX_BODY_BYTES) -> FastAPI:
    """The app over the store at ``db`` (created when missing).

    ``token``: POST endpoints then need ``Authorization: Bearer <token>``. ``cors_origins``:
    browsers on these origins may call the API; none by default. ``max_body_bytes``: larger
    request bodies are refused with 413.
    """
    store = Store(db)
    app = FastAPI(title="warta", version=__version__,
                  description="Indonesian news read like an analyst: articles, entities, quotes, "
                              "events, stories, timeline, claims and summary.")
    app.state.store = store
    app.state.reader = store
    app.state.token = token or None
    install_error_handler(app)
    app.include_router(api_router)
    _include_pages(app)
    if cors_origins:
        app.add_middleware(CORSMiddleware, allow_origins=cors_origins, allow_methods=["GET", "POST"],
                           allow_headers=["Authorization", "Content-Type"])
    app.add_middleware(BodyLimit, limit=max_body_bytes)
    app.router.on_shutdown.append(store.close)
    _document_inputs(app)
    return app


def _include_pages(app: FastAPI) -> None:
    """The HTML pages, where the package ships them."""
    try:
        pages = importlib.import_module("warta.web.pages")
    except ModuleNotFoundError as exc:
        if exc.name != "warta.web.pages":
            raise  # the pages exist but something they need is missing: say so
        return
    app.include_router(pages.router)


def _document_inputs(app: FastAPI) -> None:
    """Add the posted-article model to the OpenAPI components the POST bodies refer to."""
    build = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            schema = build()
            components = schema.setdefault("components", {}).setdefault("schemas", {})
            components["ArticleInput"] = ArticleInput.model_json_schema(
                ref_template="#/components/schemas/{model}")
            app.openapi_schema = schema
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]
