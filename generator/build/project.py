"""What ``--project`` writes next to the package: the distribution's metadata and the
README's examples (``Api.project``; rendered by ``templates/project/``)."""

from __future__ import annotations

import re

from generator.ir import Api, ExampleCall, Operation, Parameter, Project, SecurityScheme

REQUIRES_PYTHON = ">=3.11"
# The generated code uses httpx's public API of 0.27 and later (tested with 0.28); 1.0 may break it.
DEPENDENCIES = ("httpx>=0.27,<1",)

_VERSION = re.compile(
    r"[vV]?(?:(?P<date>\d{4}-\d{2}-\d{2})|(?P<release>\d+(?:\.\d+)*))"
    r"(?:[-._]?(?P<pre>[A-Za-z]+)(?:[-._]?(?P<number>\d+))?)?"
)
# Pre-release words as PEP 440 spells them; Azure's ``-preview`` api-versions are betas.
_PRE_RELEASES = {"a": "a", "alpha": "a", "b": "b", "beta": "b", "preview": "b", "privatepreview": "b", "c": "rc", "rc": "rc"}
FALLBACK_VERSION = "0.0.0"


def pep440_version(text: str) -> str:
    """``info.version`` as a PEP 440 version, or ``0.0.0`` when it is not one of these:

    - a release, dotted numbers with an optional ``v``: ``1.2.3``, ``v2`` (leading zeros dropped);
    - a date, Azure's api-version: ``2024-04-03`` is ``2024.4.3``;
    - either followed by a pre-release word and an optional number, joined by ``-``, ``.``,
      ``_`` or nothing: ``alpha`` / ``a`` -> ``a``, ``beta`` / ``b`` / ``preview`` /
      ``privatepreview`` -> ``b``, ``rc`` / ``c`` -> ``rc`` (``2024-04-03-preview`` is
      ``2024.4.3b0``, ``1.0.0-beta.2`` is ``1.0.0b2``).
    """
    match = _VERSION.fullmatch(text.strip())
    if match is None:
        return FALLBACK_VERSION
    parts = (match["date"] or match["release"]).replace("-", ".").split(".")
    version = ".".join(str(int(part)) for part in parts)
    if match["pre"] is None:
        return version
    pre = _PRE_RELEASES.get(match["pre"].lower())
    if pre is None:
        return FALLBACK_VERSION
    return f"{version}{pre}{int(match['number'] or 0)}"


def build_project(api: Api) -> Project:
    c = api.client
    # The security keywords: the required ones, else the first scheme (one way to call it).
    schemes = [s for s in c.security if s.required] or list(c.security[:1])
    arguments = [_credential(s) for s in schemes]
    arguments += [f"{p.name}={_example(p)}" for p in c.parameters if p.constant is None and p.required and p.default is None]
    if not c.endpoint and not c.host_parts:
        arguments.append('endpoint="https://..."')
    calls = [_call(f"client.{group.name}", group.operations, group.name) for group in api.groups if group.operations]
    if api.operations:
        calls.append(_call("client", api.operations, ""))
    return Project(
        name=api.package,
        version=pep440_version(api.version),
        description=" ".join(api.title.split()) or api.package,
        requires_python=REQUIRES_PYTHON,
        dependencies=DEPENDENCIES,
        client_arguments=tuple(arguments),
        calls=tuple(calls),
    )


def _call(owner: str, operations: tuple[Operation, ...], group: str) -> ExampleCall:
    """The example of a group: its first GET that is not long-running, else its first operation."""
    operation = next((op for op in operations if op.method == "GET" and op.lro is None), operations[0])
    arguments = tuple(f"{p.name}={_example(p)}" for p in operation.arguments if p.required)
    return ExampleCall(target=f"{owner}.{operation.name}", arguments=arguments, group=group)


def _credential(scheme: SecurityScheme) -> str:
    """A security keyword's argument, as code: a credential object for OAuth2 (``credential``,
    positional for Azure's), placeholders for keys, tokens and passwords."""
    if scheme.kind == "oauth2":
        return "credential" if scheme.keyword == "credential" else f"{scheme.keyword}=credential"
    value = '("<username>", "<password>")' if scheme.kind == "basic" else f'"<{scheme.keyword}>"'
    return f"{scheme.keyword}={value}"


def _example(parameter: Parameter) -> str:
    """A placeholder value, as code: ``"<name>"`` for a string, ``...`` for what needs building."""
    return {"str": f'"<{parameter.name}>"', "int": "1", "float": "1.0", "bool": "True"}.get(parameter.type.kind, "...")
