# Generated from openapi.yaml by make generate — do not edit.
# Source: openapi.yaml; generator: python-sdk/scripts/generate_resources.py

"""``client.test_helpers.emails``: list, retrieve."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._base_client import path_param
from ..._pagination import AsyncPaginator, SyncPage
from ..._resource import AsyncAPIResource, SyncAPIResource
from ..._types import NOT_GIVEN, NotGiven, RequestOptions
from ...types import Email

if TYPE_CHECKING:
    from typing_extensions import Unpack

__all__ = ["TestHelpersEmails", "AsyncTestHelpersEmails"]


class TestHelpersEmails(SyncAPIResource):
    def list(
        self,
        *,
        alert_id: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        starting_after: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> SyncPage[Email]:
        """List sent emails.

        ``GET /v1/test_helpers/emails`` (testHelpersListEmails).

        The sandbox outbox: the e-mails the gateway sent to the authenticated client (today: one per
        usage alert, test alerts included, rendered as HTML with a plain-text part), newest first.
        Nothing leaves the sandbox; read them here. The alert records `email_sent: true`.

        Sandbox only (test mode keys); live keys get `403 test_mode_only`.

        Args:
          alert_id: Only the e-mail sent for this usage alert.
          limit: Page size.
          starting_after: Cursor: return the e-mails after this id (the previous page's
            `next_cursor`).
        """
        params = {
            "alert_id": alert_id,
            "limit": limit,
            "starting_after": starting_after,
        }
        return self._client.get_page(
            "/v1/test_helpers/emails",
            item=Email,
            params=params,
            options=options,
        )

    def retrieve(
        self,
        email_id: str,
        **options: Unpack[RequestOptions],
    ) -> Email:
        """Retrieve a sent email.

        ``GET /v1/test_helpers/emails/{email_id}`` (testHelpersRetrieveEmail).

        One e-mail from the sandbox outbox, with its HTML and plain-text parts.

        Sandbox only (test mode keys); live keys get `403 test_mode_only`.

        Args:
          email_id: The e-mail's id.
        """
        email_id_ = path_param("email_id", email_id)
        return self._client.request(
            "GET",
            f"/v1/test_helpers/emails/{email_id_}",
            cast_to=Email,
            options=options,
        )


class AsyncTestHelpersEmails(AsyncAPIResource):
    def list(
        self,
        *,
        alert_id: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        starting_after: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> AsyncPaginator[Email]:
        """List sent emails.

        ``GET /v1/test_helpers/emails`` (testHelpersListEmails).

        The sandbox outbox: the e-mails the gateway sent to the authenticated client (today: one per
        usage alert, test alerts included, rendered as HTML with a plain-text part), newest first.
        Nothing leaves the sandbox; read them here. The alert records `email_sent: true`.

        Sandbox only (test mode keys); live keys get `403 test_mode_only`.

        Args:
          alert_id: Only the e-mail sent for this usage alert.
          limit: Page size.
          starting_after: Cursor: return the e-mails after this id (the previous page's
            `next_cursor`).
        """
        params = {
            "alert_id": alert_id,
            "limit": limit,
            "starting_after": starting_after,
        }
        return self._client.get_page(
            "/v1/test_helpers/emails",
            item=Email,
            params=params,
            options=options,
        )

    async def retrieve(
        self,
        email_id: str,
        **options: Unpack[RequestOptions],
    ) -> Email:
        """Retrieve a sent email.

        ``GET /v1/test_helpers/emails/{email_id}`` (testHelpersRetrieveEmail).

        One e-mail from the sandbox outbox, with its HTML and plain-text parts.

        Sandbox only (test mode keys); live keys get `403 test_mode_only`.

        Args:
          email_id: The e-mail's id.
        """
        email_id_ = path_param("email_id", email_id)
        return await self._client.request(
            "GET",
            f"/v1/test_helpers/emails/{email_id_}",
            cast_to=Email,
            options=options,
        )
