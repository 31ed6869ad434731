from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = '_config.py.jinja'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_api = resolve('api')
    try:
        t_1 = environment.filters['list']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'list' found.")
    try:
        t_2 = environment.filters['pyrepr']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'pyrepr' found.")
    try:
        t_3 = environment.filters['selectattr']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'selectattr' found.")
    try:
        t_4 = environment.tests['none']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No test named 'none' found.")
    pass
    yield '"""What the runtime of this package takes from the spec (the runtime modules themselves\nare the same in every package opgen generates)."""\n\nSCOPES: tuple[str, ...] = '
    yield str(t_2(environment.getattr(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'client'), 'scopes')))
    yield '\n"""The default token scopes the spec\'s security requirement names (empty: see SCOPE_SUFFIX)."""\nSCOPE_SUFFIX = '
    yield str(t_2(environment.getattr(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'client'), 'scope_suffix')))
    yield '\n"""Appended to the endpoint to form the default token scope when SCOPES is empty."""\n'
    if t_1(context.eval_ctx, t_3(context, environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'models'), 'has_secrets')):
        pass
        yield 'SECRET_FIELDS: frozenset[str] = frozenset(\n    {'
        for l_1_m in environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'models'):
            _loop_vars = {}
            pass
            def t_5(fiter):
                for l_2_p in fiter:
                    if environment.getattr(l_2_p, 'secret'):
                        yield l_2_p
            for l_2_p in t_5(environment.getattr(l_1_m, 'properties')):
                _loop_vars = {}
                pass
                yield '\n        '
                yield str(t_2(str_join((environment.getattr(l_1_m, 'name'), '.', environment.getattr(l_2_p, 'wire_name'), ))))
                yield ','
            l_2_p = missing
        l_1_m = missing
        yield '\n    }\n)'
    else:
        pass
        yield 'SECRET_FIELDS: frozenset[str] = frozenset({})'
    yield '\n"""Fields the spec marks secret: never shown by ``repr``, in logs or in errors."""\nREQUEST_ID_HEADER: str | None = '
    yield str(t_2(environment.getattr(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'client'), 'request_id_header')))
    yield '\n"""The header each call sends its client request id in'
    if t_4(environment.getattr(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'client'), 'request_id_header')):
        pass
        yield ': none unless the client names one (``request_id_header``)'
    yield '."""\nRESPONSE_ID_HEADER: str | None = '
    yield str(t_2(environment.getattr(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'client'), 'response_id_header')))
    yield '\n"""The response header with the service\'s request id (``HttpResponseError.request_id``)'
    if t_4(environment.getattr(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'client'), 'response_id_header')):
        pass
        yield ': none'
    yield '."""\nRETRY_AFTER_MS_HEADERS: tuple[str, ...] = '
    yield str(t_2(environment.getattr(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'client'), 'retry_after_ms_headers')))
    yield '\n"""Headers asking for a wait in milliseconds, read before ``Retry-After``."""\n'

blocks = {}
debug_info = '4=37&6=39&8=41&11=44&12=55&20=64&21=66&22=70&23=72&24=76'