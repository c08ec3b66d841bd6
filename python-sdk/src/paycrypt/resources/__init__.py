"""One module per API area; each holds a sync class and its async twin.

Reach them through a client (``client.payments``, ``client.admin.clients``),
which imports each module on first use.
"""
