"""What stands in front of the API: the request-size limit, the write token and coded errors."""

from __future__ import annotations

import hmac

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from warta.errors import Code
from warta.web.api_models import ApiError


class ApiFailure(Exception):
    """An answer other than 2xx, with a catalogue code."""

    def __init__(self, status: int, code: Code, headers: dict[str, str] | None = None,
                 **fields: object) -> None:
        self.status = status
        self.error = ApiError(code=code.code, message=code.value[1].format(**fields))
        self.headers = headers
        super().__init__(self.error.message)


def failure_response(failure: ApiFailure) -> JSONResponse:
    return JSONResponse(failure.error.model_dump(), status_code=failure.status, headers=failure.headers)


async def _handle(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, ApiFailure)  # registered for ApiFailure only
    return failure_response(exc)


def install_error_handler(app: FastAPI) -> None:
    app.add_exception_handler(ApiFailure, _handle)


class BodyLimit:
    """Refuse request bodies over ``limit`` bytes with 413: by Content-Length before reading,
    and while reading for bodies sent without one (chunked)."""

    def __init__(self, app: ASGIApp, limit: int) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        if self._declared(scope) > self.limit:
            await self._refuse(scope, receive, send)
            return
        received = 0

        async def counted() -> Message:
            nonlocal received
            message = await receive()
            received += len(message.get("body", b""))
            if received > self.limit:
                raise ApiFailure(413, Code.REQUEST_TOO_LARGE, limit=self.limit)
            return message

        await self.app(scope, counted, send)

    @staticmethod
    def _declared(scope: Scope) -> int:
        for name, value in scope.get("headers", []):
            if name == b"content-length":
                return int(value) if value.isdigit() else 0
        return 0

    async def _refuse(self, scope: Scope, receive: Receive, send: Send) -> None:
        response = failure_response(ApiFailure(413, Code.REQUEST_TOO_LARGE, limit=self.limit))
        await response(scope, receive, send)


def require_token(request: Request) -> None:
    """Write endpoints: when the app has a token, the request must carry it as a bearer token."""
    token: str | None = request.app.state.token
    if token is None:
        return
    scheme, _, given = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not hmac.compare_digest(given.strip().encode(), token.encode()):
        raise ApiFailure(401, Code.UNAUTHORIZED, headers={"WWW-Authenticate": "Bearer"})
