"""PayCrypt mock gateway — a small, stateful local sandbox of the PayCrypt API.

Start it with ``python -m paycrypt_mock --host 127.0.0.1 --port 8787``; build it
in-process with :func:`paycrypt_mock.app.create_app`; drive it from tests with
:func:`paycrypt_mock.testing.running_mock`.
"""

__version__ = "1.0.0"
__all__ = ["__version__"]
