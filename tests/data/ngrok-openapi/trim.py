#!/usr/bin/env python3
"""Writes ngrok-api.yaml: the part of ngrok's OpenAPI description prx-tunnel uses.

Usage: git -C <ngrok-openapi checkout> show HEAD:ngrok.yaml | trim.py COMMIT DATE > ngrok-api.yaml
Keeps the paths below and every schema they reference (transitively), verbatim.
"""
import sys

import yaml

PATHS = [
    "/event_destinations", "/event_destinations/{id}",
    "/event_subscriptions", "/event_subscriptions/{id}",
    "/event_subscriptions/{subscription_id}/sources",
    "/event_subscriptions/{subscription_id}/sources/{type}",
    "/tunnel_sessions", "/tunnel_sessions/{id}", "/tunnel_sessions/{id}/restart",
    "/tunnel_sessions/{id}/stop", "/tunnel_sessions/{id}/update",
    "/endpoints", "/endpoints/{id}",
]

commit, date = sys.argv[1], sys.argv[2]
spec = yaml.safe_load(sys.stdin)
schemas = spec["components"]["schemas"]
keep, todo = set(), []


def refs(node):
    if isinstance(node, dict):
        for k, v in node.items():
            if k == "$ref" and v.startswith("#/components/schemas/"):
                yield v.rsplit("/", 1)[1]
            else:
                yield from refs(v)
    elif isinstance(node, list):
        for v in node:
            yield from refs(v)


paths = {p: spec["paths"][p] for p in PATHS}
todo.extend(refs(paths))
while todo:
    name = todo.pop()
    if name not in keep:
        keep.add(name)
        todo.extend(refs(schemas[name]))
out = {
    "openapi": spec["openapi"],
    "info": spec["info"],
    "servers": spec["servers"],
    "paths": paths,
    "components": {
        "parameters": spec["components"]["parameters"],
        "schemas": {n: schemas[n] for n in sorted(keep)},
    },
}
print(f"# A trimmed copy of ngrok's OpenAPI description: github.com/ngrok/ngrok-openapi, ngrok.yaml")
print(f"# at commit {commit} ({date}). Only the paths prx-tunnel calls and the schemas they use;")
print("# regenerate with tests/data/ngrok-openapi/trim.py. The API test double is driven by this file.")
yaml.safe_dump(out, sys.stdout, sort_keys=False, width=100)
