"""Security schemes: OAuth2 and bearer tokens (the credential), API keys in a header (client arguments)."""

from __future__ import annotations

from typing import Any

from generator.build.context import BuildContext, text
from generator.build.nodes import typed
from generator.ir import Parameter
from generator.names import attribute_name, unshadowed


def security_schemes(ctx: BuildContext) -> None:
    """An API key in a header becomes an optional client argument (sent by the operations
    that list its scheme); any other scheme but OAuth2 / bearer tokens is a warning."""
    data, root = ctx.spec.data, ctx.spec.root_location
    if ctx.v2:
        schemes, at = data.get("securityDefinitions") or {}, root.child("securityDefinitions")
    else:
        schemes, at = (data.get("components") or {}).get("securitySchemes") or {}, root.child("components", "securitySchemes")
    oauth = uses_oauth(ctx)
    for key, scheme in schemes.items():
        scheme, location = ctx.spec.deref(scheme, at.child(key))
        if not isinstance(scheme, dict):
            continue
        kind, where, header = scheme.get("type"), scheme.get("in"), scheme.get("name")
        if kind in ("oauth2", "openIdConnect") or kind == "http" and str(scheme.get("scheme", "")).lower() == "bearer":
            continue
        if kind == "apiKey" and where == "header" and isinstance(header, str) and header:
            if oauth and header.lower() == "authorization":
                ctx.warn("unsupported-security", f"security scheme {key!r} (API key in the Authorization header) is not offered: the OAuth2 token goes there", location)
                continue
            ctx.api_keys[str(key)] = ctx.client_params.setdefault(f"header:{header}", Parameter(
                name=ctx.client_names.claim(unshadowed(attribute_name(header))), wire_name=header, location="header",
                type=typed("str", "str"), required=False,
                description=text(scheme.get("description")) or f"The API key, sent in the {header} header.",
                on_client=True, constant=None, default=None, content_type=None, pointer=location.pointer, secret=True,
            ))
            continue
        what = f"API key in {where} {header!r}" if kind == "apiKey" else f"{kind} {scheme.get('scheme') or ''}".strip()
        ctx.warn("unsupported-security", f"security scheme {key!r} ({what}) is not supported: requests do not carry it (an http_client of yours can add it)", location)


def api_keys_for(ctx: BuildContext, node: dict[str, Any]) -> list[Parameter]:
    """The API key parameters an operation sends: those its security requirements name."""
    requirements = node["security"] if "security" in node else ctx.spec.data.get("security")
    if not isinstance(requirements, list):
        return list(ctx.api_keys.values())
    named = {str(k) for requirement in requirements if isinstance(requirement, dict) for k in requirement}
    return [p for key, p in ctx.api_keys.items() if key in named]


def uses_oauth(ctx: BuildContext) -> bool:
    data = ctx.spec.data
    schemes = data.get("securityDefinitions") if ctx.v2 else (data.get("components") or {}).get("securitySchemes")
    for scheme in (schemes or {}).values():
        if isinstance(scheme, dict) and (
            scheme.get("type") in ("oauth2", "openIdConnect")
            or scheme.get("type") == "http" and str(scheme.get("scheme", "")).lower() == "bearer"
        ):
            return True
    return False


def oauth_scopes(ctx: BuildContext) -> tuple[str, ...]:
    """The scopes (resource URIs) the spec's top-level security requirements ask of its
    OAuth2 schemes (AutoRest's default credential scopes), in order; empty when none."""
    data = ctx.spec.data
    schemes = data.get("securityDefinitions") if ctx.v2 else (data.get("components") or {}).get("securitySchemes")
    schemes = schemes if isinstance(schemes, dict) else {}
    found: list[str] = []
    for requirement in data.get("security") or []:
        if not isinstance(requirement, dict):
            continue
        for key, scopes in requirement.items():
            scheme = schemes.get(key)
            if isinstance(scheme, dict) and scheme.get("type") in ("oauth2", "openIdConnect") and isinstance(scopes, list):
                # Only scopes that are resource URIs: ARM's "user_impersonation" is a
                # permission, not a token scope (the endpoint's /.default stays the default).
                found += [s for s in scopes if isinstance(s, str) and "://" in s and s not in found]
    return tuple(found)
