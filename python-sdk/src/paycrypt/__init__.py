"""PayCrypt — the Python SDK for the PayCrypt crypto payment gateway."""

__version__ = "0.1.0"
