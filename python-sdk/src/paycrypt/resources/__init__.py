# Generated from openapi.yaml by make generate — do not edit.
# Source: openapi.yaml; generator: python-sdk/scripts/generate_resources.py
"""One module per API area; each holds a sync class and its async twin.

Reach them through a client (``client.payments``, ``client.admin.clients``),
which imports each module on first use. Generated from openapi.yaml: see
python-sdk/README.md for the naming rule.
"""
