"""The API areas of a client, one module (or package) each: ``client.models`` is ``models.Models``.

Resources send through the client's public ``send``; see ``_resource``.
"""
