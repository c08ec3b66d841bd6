# Generated from openapi.yaml by make generate — do not edit.
# Source: openapi.yaml; generator: scripts/generate_models.py
"""The API's models, one module each: a model's module (and those of the models it
refers to) is imported when the model is first asked for, not the whole set."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .account import Account as Account
    from .admin_client import AdminClient as AdminClient
    from .admin_client_list import AdminClientList as AdminClientList
    from .audit_entry import AuditEntry as AuditEntry
    from .audit_entry_list import AuditEntryList as AuditEntryList
    from .check_usage_alerts_request import CheckUsageAlertsRequest as CheckUsageAlertsRequest
    from .client_id import ClientId as ClientId
    from .create_estimate_request import CreateEstimateRequest as CreateEstimateRequest
    from .create_payment_request import CreatePaymentRequest as CreatePaymentRequest
    from .create_pricing_override_request import (
        CreatePricingOverrideRequest as CreatePricingOverrideRequest,
    )
    from .create_refund_request import CreateRefundRequest as CreateRefundRequest
    from .create_webhook_endpoint_request import (
        CreateWebhookEndpointRequest as CreateWebhookEndpointRequest,
    )
    from .currency import Currency as Currency
    from .currency_list import CurrencyList as CurrencyList
    from .deleted_pricing_override import DeletedPricingOverride as DeletedPricingOverride
    from .deleted_webhook_endpoint import DeletedWebhookEndpoint as DeletedWebhookEndpoint
    from .delivery_attempt import DeliveryAttempt as DeliveryAttempt
    from .email import Email as Email
    from .email_list import EmailList as EmailList
    from .estimate import Estimate as Estimate
    from .event import Event as Event
    from .event_data import EventData as EventData
    from .event_list import EventList as EventList
    from .health_component import HealthComponent as HealthComponent
    from .health_detailed import HealthDetailed as HealthDetailed
    from .health_status import HealthStatus as HealthStatus
    from .metadata import Metadata as Metadata
    from .package import Package as Package
    from .package_id import PackageId as PackageId
    from .package_list import PackageList as PackageList
    from .package_snapshot import PackageSnapshot as PackageSnapshot
    from .package_switch_result import PackageSwitchResult as PackageSwitchResult
    from .pay_payment_request import PayPaymentRequest as PayPaymentRequest
    from .payment import Payment as Payment
    from .payment_event_data import PaymentEventData as PaymentEventData
    from .payment_list import PaymentList as PaymentList
    from .payment_webhook_event import PaymentWebhookEvent as PaymentWebhookEvent
    from .pricing_override import PricingOverride as PricingOverride
    from .pricing_override_create_result import (
        PricingOverrideCreateResult as PricingOverrideCreateResult,
    )
    from .pricing_override_list import PricingOverrideList as PricingOverrideList
    from .problem import Problem as Problem
    from .problem_field_error import ProblemFieldError as ProblemFieldError
    from .rate import Rate as Rate
    from .rate_list import RateList as RateList
    from .refund import Refund as Refund
    from .refund_list import RefundList as RefundList
    from .resend_event_request import ResendEventRequest as ResendEventRequest
    from .reset_usage_request import ResetUsageRequest as ResetUsageRequest
    from .rotate_webhook_endpoint_secret_request import (
        RotateWebhookEndpointSecretRequest as RotateWebhookEndpointSecretRequest,
    )
    from .send_test_alert_request import SendTestAlertRequest as SendTestAlertRequest
    from .switch_package_request import SwitchPackageRequest as SwitchPackageRequest
    from .update_webhook_endpoint_request import (
        UpdateWebhookEndpointRequest as UpdateWebhookEndpointRequest,
    )
    from .usage import Usage as Usage
    from .usage_alert import UsageAlert as UsageAlert
    from .usage_alert_check_result import UsageAlertCheckResult as UsageAlertCheckResult
    from .usage_alert_event_data import UsageAlertEventData as UsageAlertEventData
    from .usage_alert_list import UsageAlertList as UsageAlertList
    from .usage_report import UsageReport as UsageReport
    from .usage_report_client import UsageReportClient as UsageReportClient
    from .usage_report_totals import UsageReportTotals as UsageReportTotals
    from .usage_reset_result import UsageResetResult as UsageResetResult
    from .usage_threshold_reached_webhook_event import (
        UsageThresholdReachedWebhookEvent as UsageThresholdReachedWebhookEvent,
    )
    from .webhook_endpoint import WebhookEndpoint as WebhookEndpoint
    from .webhook_endpoint_list import WebhookEndpointList as WebhookEndpointList
    from .webhook_endpoint_test_event_data import (
        WebhookEndpointTestEventData as WebhookEndpointTestEventData,
    )
    from .webhook_endpoint_test_webhook_event import (
        WebhookEndpointTestWebhookEvent as WebhookEndpointTestWebhookEvent,
    )

_MODULES = {
    "Account": "account",
    "AdminClient": "admin_client",
    "AdminClientList": "admin_client_list",
    "AuditEntry": "audit_entry",
    "AuditEntryList": "audit_entry_list",
    "CheckUsageAlertsRequest": "check_usage_alerts_request",
    "ClientId": "client_id",
    "CreateEstimateRequest": "create_estimate_request",
    "CreatePaymentRequest": "create_payment_request",
    "CreatePricingOverrideRequest": "create_pricing_override_request",
    "CreateRefundRequest": "create_refund_request",
    "CreateWebhookEndpointRequest": "create_webhook_endpoint_request",
    "Currency": "currency",
    "CurrencyList": "currency_list",
    "DeletedPricingOverride": "deleted_pricing_override",
    "DeletedWebhookEndpoint": "deleted_webhook_endpoint",
    "DeliveryAttempt": "delivery_attempt",
    "Email": "email",
    "EmailList": "email_list",
    "Estimate": "estimate",
    "Event": "event",
    "EventData": "event_data",
    "EventList": "event_list",
    "HealthComponent": "health_component",
    "HealthDetailed": "health_detailed",
    "HealthStatus": "health_status",
    "Metadata": "metadata",
    "Package": "package",
    "PackageId": "package_id",
    "PackageList": "package_list",
    "PackageSnapshot": "package_snapshot",
    "PackageSwitchResult": "package_switch_result",
    "PayPaymentRequest": "pay_payment_request",
    "Payment": "payment",
    "PaymentEventData": "payment_event_data",
    "PaymentList": "payment_list",
    "PaymentWebhookEvent": "payment_webhook_event",
    "PricingOverride": "pricing_override",
    "PricingOverrideCreateResult": "pricing_override_create_result",
    "PricingOverrideList": "pricing_override_list",
    "Problem": "problem",
    "ProblemFieldError": "problem_field_error",
    "Rate": "rate",
    "RateList": "rate_list",
    "Refund": "refund",
    "RefundList": "refund_list",
    "ResendEventRequest": "resend_event_request",
    "ResetUsageRequest": "reset_usage_request",
    "RotateWebhookEndpointSecretRequest": "rotate_webhook_endpoint_secret_request",
    "SendTestAlertRequest": "send_test_alert_request",
    "SwitchPackageRequest": "switch_package_request",
    "UpdateWebhookEndpointRequest": "update_webhook_endpoint_request",
    "Usage": "usage",
    "UsageAlert": "usage_alert",
    "UsageAlertCheckResult": "usage_alert_check_result",
    "UsageAlertEventData": "usage_alert_event_data",
    "UsageAlertList": "usage_alert_list",
    "UsageReport": "usage_report",
    "UsageReportClient": "usage_report_client",
    "UsageReportTotals": "usage_report_totals",
    "UsageResetResult": "usage_reset_result",
    "UsageThresholdReachedWebhookEvent": "usage_threshold_reached_webhook_event",
    "WebhookEndpoint": "webhook_endpoint",
    "WebhookEndpointList": "webhook_endpoint_list",
    "WebhookEndpointTestEventData": "webhook_endpoint_test_event_data",
    "WebhookEndpointTestWebhookEvent": "webhook_endpoint_test_webhook_event",
}

__all__ = [
    "Account",
    "AdminClient",
    "AdminClientList",
    "AuditEntry",
    "AuditEntryList",
    "CheckUsageAlertsRequest",
    "ClientId",
    "CreateEstimateRequest",
    "CreatePaymentRequest",
    "CreatePricingOverrideRequest",
    "CreateRefundRequest",
    "CreateWebhookEndpointRequest",
    "Currency",
    "CurrencyList",
    "DeletedPricingOverride",
    "DeletedWebhookEndpoint",
    "DeliveryAttempt",
    "Email",
    "EmailList",
    "Estimate",
    "Event",
    "EventData",
    "EventList",
    "HealthComponent",
    "HealthDetailed",
    "HealthStatus",
    "Metadata",
    "Package",
    "PackageId",
    "PackageList",
    "PackageSnapshot",
    "PackageSwitchResult",
    "PayPaymentRequest",
    "Payment",
    "PaymentEventData",
    "PaymentList",
    "PaymentWebhookEvent",
    "PricingOverride",
    "PricingOverrideCreateResult",
    "PricingOverrideList",
    "Problem",
    "ProblemFieldError",
    "Rate",
    "RateList",
    "Refund",
    "RefundList",
    "ResendEventRequest",
    "ResetUsageRequest",
    "RotateWebhookEndpointSecretRequest",
    "SendTestAlertRequest",
    "SwitchPackageRequest",
    "UpdateWebhookEndpointRequest",
    "Usage",
    "UsageAlert",
    "UsageAlertCheckResult",
    "UsageAlertEventData",
    "UsageAlertList",
    "UsageReport",
    "UsageReportClient",
    "UsageReportTotals",
    "UsageResetResult",
    "UsageThresholdReachedWebhookEvent",
    "WebhookEndpoint",
    "WebhookEndpointList",
    "WebhookEndpointTestEventData",
    "WebhookEndpointTestWebhookEvent",
]


def __getattr__(name: str) -> Any:
    if name not in _MODULES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{_MODULES[name]}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
