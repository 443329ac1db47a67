"""Hand-written modules copied verbatim into the generated package (see ``attrs_client``)."""
