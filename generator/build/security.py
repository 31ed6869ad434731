"""Security schemes: one client keyword each (API keys in a header, query or cookie, HTTP
basic and bearer, OAuth2 / OpenID Connect tokens), and the requirement each operation
sends (the runtime's ``_auth.Plan``)."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from generator.build.context import BuildContext, text
from generator.ir import SecurityKind, SecurityScheme, SecurityUse
from generator.names import attribute_name, unshadowed
from generator.spec import Location

_ANNOTATIONS: dict[SecurityKind, tuple[str, str]] = {
    "apiKey": ("str", "str"),
    "basic": ("tuple[str, str]", "tuple[str, str]"),
    "bearer": ("str | _t.Callable[[], str]", "str | _t.Callable[[], str]"),
    "oauth2": ("TokenCredential", "AsyncTokenCredential"),
}


def azure_spec(ctx: BuildContext, azure_style: bool) -> bool:
    """An Azure spec (``x-ms-*`` extensions, or a server under ``azure.com``): its OAuth2
    scheme is the Azure SDK's ``credential``, its default token scope ``<endpoint>/.default``."""
    data = ctx.spec.data
    urls = [f"//{data.get('host')}"] if ctx.v2 else [str(s.get("url", "")) for s in data.get("servers") or [] if isinstance(s, dict)]
    return azure_style or any(azure_server(url) for url in urls)


def azure_server(url: str) -> bool:
    """Whether ``url`` (or a bare host) is a server of Azure's: under ``azure.com``."""
    host = urlsplit(url if "//" in url else "//" + url).hostname or ""
    return host == "azure.com" or host.endswith(".azure.com")


def security_schemes(ctx: BuildContext, azure: bool) -> None:
    """Each supported scheme becomes a client keyword (``ctx.security``, by scheme key);
    any other is a warning: requests do not carry it."""
    ctx.azure_auth = azure
    schemes, at = _declared(ctx)
    oauth = uses_oauth(ctx)
    kinds: dict[str, tuple[SecurityKind, str, str, dict[str, Any], Location]] = {}
    for key, scheme in schemes.items():
        scheme, location = ctx.spec.deref(scheme, at.child(key))
        if not isinstance(scheme, dict):
            continue
        found = _kind(ctx, str(key), scheme, location, oauth)
        if found is not None:
            kinds[str(key)] = (*found, scheme, location)
    declared = ctx.spec.data.get("security")
    required = _required(declared, list(kinds))
    credential_taken = False
    for key, (kind, where, name, scheme, location) in kinds.items():
        alias, positional = None, False
        if kind == "oauth2" and azure:
            keyword = "credential"
            if any(s.keyword == keyword for s in ctx.security.values()):  # one credential serves every OAuth2 scheme
                ctx.security[key] = next(s for s in ctx.security.values() if s.keyword == keyword)
                continue
            # The Azure SDK's credential is asked for even where the spec declares no security.
            positional = True
            if declared is None:
                required.add(key)
        else:
            keyword = ctx.client_names.claim(unshadowed(attribute_name(key)))
            if kind == "apiKey" and where == "header":
                old = attribute_name(name)
                alias = ctx.client_names.claim(unshadowed(old)) if unshadowed(old) != keyword else None
            elif kind == "oauth2" and not credential_taken:
                alias, positional = "credential", True
        credential_taken = credential_taken or positional
        sync, asynchronous = _ANNOTATIONS[kind]
        ctx.security[key] = SecurityScheme(
            key=key, keyword=keyword, kind=kind, where=where, name=name,
            description=text(scheme.get("description")) or _describe(kind, where, name),
            annotation=sync, async_annotation=asynchronous, required=key in required,
            alias=alias, positional=positional, pointer=location.pointer,
        )


def _declared(ctx: BuildContext) -> tuple[dict[str, Any], Location]:
    data, root = ctx.spec.data, ctx.spec.root_location
    if ctx.v2:
        return data.get("securityDefinitions") or {}, root.child("securityDefinitions")
    return (data.get("components") or {}).get("securitySchemes") or {}, root.child("components", "securitySchemes")


def _kind(ctx: BuildContext, key: str, scheme: dict[str, Any], location: Location, oauth: bool) -> tuple[SecurityKind, str, str] | None:
    """(kind, where, name) of a supported scheme; None (and a warning) for any other."""
    kind, where, name = scheme.get("type"), scheme.get("in"), scheme.get("name")
    http = str(scheme.get("scheme", "")).lower()
    if kind in ("oauth2", "openIdConnect"):
        return "oauth2", "header", "Authorization"
    if kind == "basic" and ctx.v2 or kind == "http" and http == "basic":
        return "basic", "header", "Authorization"
    if kind == "http" and http == "bearer":
        return "bearer", "header", "Authorization"
    if kind == "apiKey" and where in ("header", "query", "cookie") and isinstance(name, str) and name:
        if where == "header" and oauth and name.lower() == "authorization":
            ctx.warn("unsupported-security", f"security scheme {key!r} (API key in the Authorization header) is not offered: the OAuth2 token goes there", location)
            return None
        return "apiKey", where, name
    what = f"API key in {where} {name!r}" if kind == "apiKey" else f"{kind} {scheme.get('scheme') or ''}".strip()
    ctx.warn("unsupported-security", f"security scheme {key!r} ({what}) is not supported: requests do not carry it (an http_client of yours can add it)", location)
    return None


def _describe(kind: SecurityKind, where: str, name: str) -> str:
    """What the keyword's docstring says when the spec says nothing."""
    if kind == "apiKey":
        return {"header": f"The API key, sent in the {name} header.", "query": f"The API key, sent as the {name} query parameter.", "cookie": f"The API key, sent as the {name} cookie."}[where]
    if kind == "basic":
        return "A (username, password) pair, sent as HTTP basic authentication."
    if kind == "bearer":
        return "A bearer token, or a function returning one (called for every request)."
    return ""  # the client's docstring names the credential protocol


def _alternatives(requirements: Any, known: list[str]) -> list[dict[str, Any]]:
    """The requirement objects an operation may satisfy: those naming only known schemes (an
    empty one: no credential needed). Not declared anywhere: any one scheme, or none."""
    if requirements is None:
        return [{key: []} for key in known] + [{}]
    if not isinstance(requirements, list):
        return []
    return [r for r in requirements if isinstance(r, dict) and all(str(k) in known for k in r)]


def _required(requirements: Any, known: list[str]) -> set[str]:
    """The schemes every alternative of the top-level security needs."""
    alternatives = _alternatives(requirements, known)
    if not alternatives:
        return set()
    needed = {str(k) for k in alternatives[0]}
    for requirement in alternatives[1:]:
        needed &= {str(k) for k in requirement}
    return needed


def operation_security(ctx: BuildContext, node: dict[str, Any]) -> tuple[tuple[SecurityUse, ...], ...]:
    """The alternatives an operation sends (its own ``security``, else the top-level one),
    as the runtime's plan; empty when no alternative needs a credential."""
    requirements = node["security"] if "security" in node else ctx.spec.data.get("security")
    alternatives = _alternatives(requirements, list(ctx.security))
    plan = tuple(
        tuple(_use(ctx.security[str(key)], scopes, ctx.azure_auth) for key, scopes in requirement.items())
        for requirement in alternatives
    )
    return plan if any(plan) else ()


def _use(scheme: SecurityScheme, scopes: Any, azure: bool) -> SecurityUse:
    listed = tuple(s for s in scopes if isinstance(s, str)) if isinstance(scopes, list) and scheme.kind == "oauth2" else ()
    if azure:
        # Only scopes that are resource URIs: ARM's "user_impersonation" is a permission,
        # not a token scope (the endpoint's /.default stays the default).
        listed = tuple(s for s in listed if "://" in s)
    return SecurityUse(keyword=scheme.keyword, kind=scheme.kind, where=scheme.where, name=scheme.name, scopes=listed)


def client_security(ctx: BuildContext) -> tuple[SecurityScheme, ...]:
    """The client's keywords, one per scheme (Azure's OAuth2 schemes share ``credential``):
    the positional one first, then the required ones."""
    schemes = list({s.keyword: s for s in ctx.security.values()}.values())
    return tuple(sorted(schemes, key=lambda s: (not s.positional, not s.required)))


def uses_oauth(ctx: BuildContext) -> bool:
    schemes, _ = _declared(ctx)
    for scheme in schemes.values():
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
    schemes, _ = _declared(ctx)
    schemes = schemes if isinstance(schemes, dict) else {}
    found: list[str] = []
    for requirement in data.get("security") or []:
        if not isinstance(requirement, dict):
            continue
        for key, scopes in requirement.items():
            scheme = schemes.get(key)
            if isinstance(scheme, dict) and scheme.get("type") in ("oauth2", "openIdConnect") and isinstance(scopes, list):
                found += [s for s in scopes if isinstance(s, str) and "://" in s and s not in found]
    return tuple(found)
