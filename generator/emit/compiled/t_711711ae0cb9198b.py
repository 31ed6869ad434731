from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'macros/client.jinja'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_method = l_0_lro_method = l_0_summary = l_0_imports = l_0_group_class = l_0_part_class = l_0_lazy_parts = l_0_annotation = l_0_client_module = missing
    try:
        t_1 = environment.filters['docrepr']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'docrepr' found.")
    try:
        t_2 = environment.filters['docstring']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'docstring' found.")
    try:
        t_3 = environment.filters['docstring_literal']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'docstring_literal' found.")
    try:
        t_4 = environment.filters['fit']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'fit' found.")
    try:
        t_5 = environment.filters['indent']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'indent' found.")
    try:
        t_6 = environment.filters['join']
    except KeyError:
        @internalcode
        def t_6(*unused):
            raise TemplateRuntimeError("No filter named 'join' found.")
    try:
        t_7 = environment.filters['list']
    except KeyError:
        @internalcode
        def t_7(*unused):
            raise TemplateRuntimeError("No filter named 'list' found.")
    try:
        t_8 = environment.filters['map']
    except KeyError:
        @internalcode
        def t_8(*unused):
            raise TemplateRuntimeError("No filter named 'map' found.")
    try:
        t_9 = environment.filters['pyrepr']
    except KeyError:
        @internalcode
        def t_9(*unused):
            raise TemplateRuntimeError("No filter named 'pyrepr' found.")
    try:
        t_10 = environment.filters['selectattr']
    except KeyError:
        @internalcode
        def t_10(*unused):
            raise TemplateRuntimeError("No filter named 'selectattr' found.")
    try:
        t_11 = environment.filters['trim']
    except KeyError:
        @internalcode
        def t_11(*unused):
            raise TemplateRuntimeError("No filter named 'trim' found.")
    try:
        t_12 = environment.tests['none']
    except KeyError:
        @internalcode
        def t_12(*unused):
            raise TemplateRuntimeError("No test named 'none' found.")
    pass
    included_template = environment.get_template('macros/operation.jinja', 'macros/client.jinja').make_module(context.get_all(), True, {'annotation': l_0_annotation, 'client_module': l_0_client_module, 'group_class': l_0_group_class, 'imports': l_0_imports, 'lazy_parts': l_0_lazy_parts, 'lro_method': l_0_lro_method, 'method': l_0_method, 'part_class': l_0_part_class, 'summary': l_0_summary})
    l_0_method = getattr(included_template, 'method', missing)
    if l_0_method is missing:
        l_0_method = undefined(f"the template {included_template.__name__!r} (imported on line 4 in 'macros/client.jinja') does not export the requested name 'method'", name='method')
    context.vars['method'] = l_0_method
    context.exported_vars.discard('method')
    included_template = environment.get_template('macros/lro.jinja', 'macros/client.jinja').make_module(context.get_all(), True, {'annotation': l_0_annotation, 'client_module': l_0_client_module, 'group_class': l_0_group_class, 'imports': l_0_imports, 'lazy_parts': l_0_lazy_parts, 'lro_method': l_0_lro_method, 'method': l_0_method, 'part_class': l_0_part_class, 'summary': l_0_summary})
    l_0_lro_method = getattr(included_template, 'lro_method', missing)
    if l_0_lro_method is missing:
        l_0_lro_method = undefined(f"the template {included_template.__name__!r} (imported on line 5 in 'macros/client.jinja') does not export the requested name 'lro_method'", name='lro_method')
    context.vars['lro_method'] = l_0_lro_method
    context.exported_vars.discard('lro_method')
    included_template = environment.get_template('macros/docs.jinja', 'macros/client.jinja')._get_default_module(context)
    l_0_summary = getattr(included_template, 'summary', missing)
    if l_0_summary is missing:
        l_0_summary = undefined(f"the template {included_template.__name__!r} (imported on line 6 in 'macros/client.jinja') does not export the requested name 'summary'", name='summary')
    context.vars['summary'] = l_0_summary
    context.exported_vars.discard('summary')
    included_template = environment.get_template('macros/imports.jinja', 'macros/client.jinja')._get_default_module(context)
    l_0_imports = getattr(included_template, 'imports', missing)
    if l_0_imports is missing:
        l_0_imports = undefined(f"the template {included_template.__name__!r} (imported on line 7 in 'macros/client.jinja') does not export the requested name 'imports'", name='imports')
    context.vars['imports'] = l_0_imports
    context.exported_vars.discard('imports')
    def macro(l_1_g, l_1_is_async, l_1_ops, l_1_at, l_1_parts):
        t_13 = []
        l_1_pipeline = missing
        if l_1_g is missing:
            l_1_g = undefined("parameter 'g' was not provided", name='g')
        if l_1_is_async is missing:
            l_1_is_async = undefined("parameter 'is_async' was not provided", name='is_async')
        if l_1_ops is missing:
            l_1_ops = undefined("parameter 'ops' was not provided", name='ops')
        if l_1_at is missing:
            l_1_at = undefined("parameter 'at' was not provided", name='at')
        if l_1_parts is missing:
            l_1_parts = ()
        pass
        l_1_pipeline = ('AsyncPipeline' if l_1_is_async else 'Pipeline')
        t_13.extend((
            '\n\nclass ',
            str(environment.getattr(l_1_g, 'class_name')),
            str(('(_GroupOperations)' if l_1_parts else cond_expr_undefined("the inline if-expression on line 15 in 'macros/client.jinja' evaluated to false and no else section was defined."))),
            ':\n    """The ',
            str(environment.getattr(l_1_g, 'name')),
            ' operations. Reach them as ``client.',
            str(environment.getattr(l_1_g, 'name')),
            '``; do not create this class."""\n\n    def __init__(self, pipeline: ',
            str((undefined(name='pipeline') if l_1_pipeline is missing else l_1_pipeline)),
            ', config: ClientConfig) -> None:\n        self._pipeline = pipeline\n        self._config = config',
        ))
        def t_14(fiter):
            for l_2_op in fiter:
                if (not l_1_parts):
                    yield l_2_op
        for l_2_op in t_14(environment.getattr(l_1_g, 'operations')):
            _loop_vars = {}
            pass
            t_13.extend((
                str(context.call(l_1_at, l_2_op, _loop_vars=_loop_vars)),
                '\n\n    ',
                str(t_5((context.call((undefined(name='lro_method') if l_0_lro_method is missing else l_0_lro_method), l_2_op, l_1_is_async, l_1_ops, _loop_vars=_loop_vars) if (not t_12(environment.getattr(l_2_op, 'lro'))) else context.call((undefined(name='method') if l_0_method is missing else l_0_method), l_2_op, l_1_is_async, l_1_ops, _loop_vars=_loop_vars)), 4)),
            ))
        l_2_op = missing
        return concat(t_13)
    context.exported_vars.add('group_class')
    context.vars['group_class'] = l_0_group_class = Macro(environment, macro, 'group_class', ('g', 'is_async', 'ops', 'at', 'parts'), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_part, l_1_operations, l_1_is_async, l_1_ops, l_1_at, l_1_g):
        t_15 = []
        l_1_api = resolve('api')
        l_1_pipeline = missing
        if l_1_part is missing:
            l_1_part = undefined("parameter 'part' was not provided", name='part')
        if l_1_operations is missing:
            l_1_operations = undefined("parameter 'operations' was not provided", name='operations')
        if l_1_is_async is missing:
            l_1_is_async = undefined("parameter 'is_async' was not provided", name='is_async')
        if l_1_ops is missing:
            l_1_ops = undefined("parameter 'ops' was not provided", name='ops')
        if l_1_at is missing:
            l_1_at = undefined("parameter 'at' was not provided", name='at')
        if l_1_g is missing:
            l_1_g = None
        pass
        l_1_pipeline = ('AsyncPipeline' if l_1_is_async else 'Pipeline')
        t_15.extend((
            '\n\n\nclass ',
            str(environment.getattr(l_1_part, 'class_name')),
            ':',
        ))
        if t_12(l_1_g):
            pass
            t_15.extend((
                '\n    """Methods of ``',
                str(environment.getattr(environment.getattr((undefined(name='api') if l_1_api is missing else l_1_api), 'client'), 'name')),
                '``',
                str((' (async)' if l_1_is_async else cond_expr_undefined("the inline if-expression on line 35 in 'macros/client.jinja' evaluated to false and no else section was defined."))),
                ': reach them on the client; do not use this class."""',
            ))
        else:
            pass
            t_15.extend((
                '\n    """Methods of ``',
                str(environment.getattr(l_1_g, 'class_name')),
                '``',
                str((' (async)' if l_1_is_async else cond_expr_undefined("the inline if-expression on line 37 in 'macros/client.jinja' evaluated to false and no else section was defined."))),
                ': reach them as ``client.',
                str(environment.getattr(l_1_g, 'name')),
                '``; do not use this class."""',
            ))
        t_15.extend((
            '\n\n    _pipeline: ',
            str((undefined(name='pipeline') if l_1_pipeline is missing else l_1_pipeline)),
            '\n    _config: ClientConfig\n',
        ))
        for l_2_op in l_1_operations:
            _loop_vars = {}
            pass
            t_15.extend((
                str(context.call(l_1_at, l_2_op, _loop_vars=_loop_vars)),
                '\n    ',
                str(t_5((context.call((undefined(name='lro_method') if l_0_lro_method is missing else l_0_lro_method), l_2_op, l_1_is_async, l_1_ops, _loop_vars=_loop_vars) if (not t_12(environment.getattr(l_2_op, 'lro'))) else context.call((undefined(name='method') if l_0_method is missing else l_0_method), l_2_op, l_1_is_async, l_1_ops, _loop_vars=_loop_vars)), 4)),
                '\n',
            ))
        l_2_op = missing
        return concat(t_15)
    context.exported_vars.add('part_class')
    context.vars['part_class'] = l_0_part_class = Macro(environment, macro, 'part_class', ('part', 'operations', 'is_async', 'ops', 'at', 'g'), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_parts, l_1_whose, l_1_name):
        t_16 = []
        if l_1_parts is missing:
            l_1_parts = undefined("parameter 'parts' was not provided", name='parts')
        if l_1_whose is missing:
            l_1_whose = undefined("parameter 'whose' was not provided", name='whose')
        if l_1_name is missing:
            l_1_name = undefined("parameter 'name' was not provided", name='name')
        pass
        t_16.append(
            '\n\n_PARTS: dict[str, str] = {',
        )
        for l_2_part in l_1_parts:
            _loop_vars = {}
            pass
            t_16.extend((
                '\n    ',
                str(t_9(environment.getattr(l_2_part, 'reference'))),
                ': ',
                str(t_9(t_6(context.eval_ctx, environment.getattr(l_2_part, 'methods'), ' '))),
                ',',
            ))
        l_2_part = missing
        t_16.extend((
            '\n}\n"""The parts of ',
            str(l_1_whose),
            ' (``module:class``) and their methods: a part is\nimported when one of its methods is first read."""\n\nif _t.TYPE_CHECKING:\n\n    class ',
            str(l_1_name),
            '(',
            str(t_6(context.eval_ctx, t_8(context, l_1_parts, attribute='class_name'), ', ')),
            '):\n        """The methods of every part, as type checkers see them."""\n\nelse:\n    ',
            str(l_1_name),
            ' = _methods.lazy_methods("',
            str(l_1_name),
            '", __name__, _PARTS)',
        ))
        return concat(t_16)
    context.exported_vars.add('lazy_parts')
    context.vars['lazy_parts'] = l_0_lazy_parts = Macro(environment, macro, 'lazy_parts', ('parts', 'whose', 'name'), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_s, l_1_is_async):
        t_17 = []
        if l_1_s is missing:
            l_1_s = undefined("parameter 's' was not provided", name='s')
        if l_1_is_async is missing:
            l_1_is_async = undefined("parameter 'is_async' was not provided", name='is_async')
        pass
        t_17.append(
            str((environment.getattr(l_1_s, 'async_annotation') if l_1_is_async else environment.getattr(l_1_s, 'annotation'))),
        )
        return concat(t_17)
    context.exported_vars.add('annotation')
    context.vars['annotation'] = l_0_annotation = Macro(environment, macro, 'annotation', ('s', 'is_async'), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_api, l_1_is_async, l_1_members):
        t_18 = []
        l_1_module = resolve('module')
        l_1_c = l_1_up = l_1_pipeline = l_1_http = l_1_credential_type = l_1_positional_params = missing
        if l_1_api is missing:
            l_1_api = undefined("parameter 'api' was not provided", name='api')
        if l_1_is_async is missing:
            l_1_is_async = undefined("parameter 'is_async' was not provided", name='is_async')
        if l_1_members is missing:
            l_1_members = ''
        pass
        l_1_c = environment.getattr(l_1_api, 'client')
        l_1_up = ('..' if l_1_is_async else '.')
        l_1_pipeline = ('AsyncPipeline' if l_1_is_async else 'Pipeline')
        l_1_http = ('httpx.AsyncClient' if l_1_is_async else 'httpx.Client')
        l_1_credential_type = ('AsyncTokenCredential' if l_1_is_async else 'TokenCredential')
        t_18.extend((
            '"""',
            str(('Async client' if l_1_is_async else 'Client')),
            ' of ',
            str(t_2(environment.getattr(l_1_api, 'title'))),
            '."""\n\n',
            str(context.call((undefined(name='imports') if l_0_imports is missing else l_0_imports), environment.getitem(environment.getattr(l_1_api, 'imports'), ('aio/_client.py' if l_1_is_async else '_client.py')))),
            '\n\n__all__ = [',
            str(t_9(environment.getattr((undefined(name='c') if l_1_c is missing else l_1_c), 'name'))),
            ']',
        ))
        if environment.getattr((undefined(name='module') if l_1_module is missing else l_1_module), 'parts'):
            pass
            t_18.append(
                str(context.call((undefined(name='lazy_parts') if l_0_lazy_parts is missing else l_0_lazy_parts), environment.getattr((undefined(name='module') if l_1_module is missing else l_1_module), 'parts'), "the client's operations", '_ClientOperations')),
            )
        t_18.extend((
            '\n\n\nclass ',
            str(environment.getattr((undefined(name='c') if l_1_c is missing else l_1_c), 'name')),
            str(('(_ClientOperations)' if environment.getattr((undefined(name='module') if l_1_module is missing else l_1_module), 'parts') else cond_expr_undefined("the inline if-expression on line 88 in 'macros/client.jinja' evaluated to false and no else section was defined."))),
            ':\n    ',
        ))
        t_19 = []
        pass
        t_19.extend((
            '"""',
            str(context.call((undefined(name='summary') if l_0_summary is missing else l_0_summary), environment.getattr((undefined(name='c') if l_1_c is missing else l_1_c), 'description'), str_join((environment.getattr(l_1_api, 'title'), ' client.', )))),
            '\n',
        ))
        for l_3_s in environment.getattr((undefined(name='c') if l_1_c is missing else l_1_c), 'security'):
            _loop_vars = {}
            pass
            t_19.extend((
                '\n    :param ',
                str(environment.getattr(l_3_s, 'keyword')),
                ': ',
                str(t_2(environment.getattr(l_3_s, 'description'))),
            ))
            if ((environment.getattr(l_3_s, 'kind') == 'oauth2') and environment.getattr(environment.getattr(l_1_api, 'client'), 'azure')):
                pass
                t_19.extend((
                    str((' ' if environment.getattr(l_3_s, 'description') else cond_expr_undefined("the inline if-expression on line 93 in 'macros/client.jinja' evaluated to false and no else section was defined."))),
                    "Any object with azure-core's ``",
                    str((undefined(name='credential_type') if l_1_credential_type is missing else l_1_credential_type)),
                    '`` protocol,\n        for instance ``azure.identity',
                    str(('.aio' if l_1_is_async else cond_expr_undefined("the inline if-expression on line 94 in 'macros/client.jinja' evaluated to false and no else section was defined."))),
                    '.DefaultAzureCredential()``.',
                ))
            elif (environment.getattr(l_3_s, 'kind') == 'oauth2'):
                pass
                t_19.extend((
                    str((' ' if environment.getattr(l_3_s, 'description') else cond_expr_undefined("the inline if-expression on line 95 in 'macros/client.jinja' evaluated to false and no else section was defined."))),
                    'Any object with ',
                    str(('an async ' if l_1_is_async else 'a ')),
                    '``get_token(*scopes)`` method returning\n        an object with ``token`` and ``expires_on`` (``',
                    str((undefined(name='credential_type') if l_1_credential_type is missing else l_1_credential_type)),
                    '``).',
                ))
            if environment.getattr(l_3_s, 'alias'):
                pass
                t_19.extend((
                    ' Formerly ``',
                    str(environment.getattr(l_3_s, 'alias')),
                    '`` (still taken, deprecated).',
                ))
        l_3_s = missing
        def t_20(fiter):
            for l_3_p in fiter:
                if t_12(environment.getattr(l_3_p, 'constant')):
                    yield l_3_p
        for l_3_p in t_20(environment.getattr((undefined(name='c') if l_1_c is missing else l_1_c), 'parameters')):
            _loop_vars = {}
            pass
            t_19.append(
                '\n    ',
            )
            t_21 = []
            pass
            t_21.extend((
                ':param ',
                str(environment.getattr(l_3_p, 'name')),
                ': ',
                str(t_2(environment.getattr(l_3_p, 'description'))),
            ))
            if (not t_12(environment.getattr(l_3_p, 'default'))):
                pass
                t_21.extend((
                    ' Default: ``',
                    str(t_2(t_1(environment.getattr(l_3_p, 'default')))),
                    '``.',
                ))
            t_19.append(t_11(concat(t_21), ' '))
        l_3_p = missing
        if (not environment.getattr((undefined(name='c') if l_1_c is missing else l_1_c), 'host_parts')):
            pass
            t_19.append(
                "\n    :keyword endpoint: The service's base URL",
            )
            if environment.getattr((undefined(name='c') if l_1_c is missing else l_1_c), 'endpoint'):
                pass
                t_19.extend((
                    ' (default ``',
                    str(t_2(environment.getattr((undefined(name='c') if l_1_c is missing else l_1_c), 'endpoint'))),
                    '``)',
                ))
            t_19.append(
                '.',
            )
        if environment.getattr((undefined(name='c') if l_1_c is missing else l_1_c), 'credential'):
            pass
            t_19.append(
                '\n    :keyword credential_scopes: Token scopes for every operation (default: those its security\n        requirement lists',
            )
            if environment.getattr((undefined(name='c') if l_1_c is missing else l_1_c), 'azure_scopes'):
                pass
                t_19.append(
                    ', else ',
                )
                if environment.getattr((undefined(name='c') if l_1_c is missing else l_1_c), 'scopes'):
                    pass
                    l_3_loop = missing
                    for l_3_scope, l_3_loop in LoopContext(environment.getattr((undefined(name='c') if l_1_c is missing else l_1_c), 'scopes'), undefined):
                        _loop_vars = {}
                        pass
                        t_19.extend((
                            '``',
                            str(t_2(l_3_scope)),
                            '``',
                            str((', ' if (not environment.getattr(l_3_loop, 'last')) else cond_expr_undefined("the inline if-expression on line 107 in 'macros/client.jinja' evaluated to false and no else section was defined."))),
                        ))
                    l_3_loop = l_3_scope = missing
                else:
                    pass
                    t_19.extend((
                        '``<endpoint>',
                        str(t_2(environment.getattr((undefined(name='c') if l_1_c is missing else l_1_c), 'scope_suffix'))),
                        '``',
                    ))
            t_19.append(
                ').',
            )
        t_19.extend((
            '\n    :keyword http_client: An ``',
            str((undefined(name='http') if l_1_http is missing else l_1_http)),
            '`` to send with (proxies, certificates, HTTP/2);\n        the client never closes one it was given.\n    :keyword timeout: Seconds, or an ``httpx.Timeout``, per attempt (default: 10 s to connect, 60 s to read).\n    :keyword deadline: Seconds for a whole call, retries and waits included (default: none).\n    :keyword retries: Retries after the first attempt (default 3); or a ``RetryPolicy``.\n    :keyword user_agent: Text put before the ``User-Agent`` this package sends.\n    :keyword log_bodies: Also log request and response bodies at DEBUG, with every secret\n        field replaced by ``***`` (default: off).',
        ))
        if (not t_12(environment.getattr(environment.getattr(l_1_api, 'client'), 'request_id_header'))):
            pass
            t_19.extend((
                '\n    :keyword auto_request_id: Send a new ``',
                str(environment.getattr(environment.getattr(l_1_api, 'client'), 'request_id_header')),
                '`` (a UUID) with every call\n        not given one (default: on).',
            ))
        else:
            pass
            t_19.append(
                "\n    :keyword request_id_header: A header to send each call's client request id in: a new\n        UUID, or the call's ``client_request_id`` (default: none; nothing is sent).",
            )
        t_19.extend((
            "\n    :keyword strict_responses: Raise ``DeserializationError`` when a response deviates from\n        the spec: a required value absent or null, an empty body where JSON was declared, an\n        integer outside its format's range, a malformed UUID. Default off: those are read as\n        the ",
            str(('Azure SDK reads' if environment.getattr(environment.getattr(l_1_api, 'client'), 'azure') else 'official SDKs read')),
            ' them (None, or the value kept) and logged once at DEBUG. A value\n        of the wrong JSON type raises either way.',
        ))
        if environment.getattr(l_1_api, 'lros'):
            pass
            t_19.append(
                '\n    :keyword polling_interval: Seconds between two polls of a long-running operation when\n        the service sends no ``Retry-After`` (default 30).',
            )
        t_19.append(
            '\n    """',
        )
        t_18.append(t_3(concat(t_19), 4))
        t_18.append(
            '\n\n    def __init__(\n        self,',
        )
        l_1_positional_params = t_7(context.eval_ctx, t_10(context, t_10(context, t_10(context, environment.getattr((undefined(name='c') if l_1_c is missing else l_1_c), 'parameters'), 'required'), 'default', 'none'), 'constant', 'none'))
        def t_22(fiter):
            for l_2_s in fiter:
                if environment.getattr(l_2_s, 'positional'):
                    yield l_2_s
        for l_2_s in t_22(environment.getattr((undefined(name='c') if l_1_c is missing else l_1_c), 'security')):
            _loop_vars = {}
            pass
            t_18.extend((
                '\n        ',
                str((environment.getattr(l_2_s, 'alias') or environment.getattr(l_2_s, 'keyword'))),
                ': ',
                str(context.call((undefined(name='annotation') if l_0_annotation is missing else l_0_annotation), l_2_s, l_1_is_async, _loop_vars=_loop_vars)),
            ))
            if (environment.getattr(l_2_s, 'alias') or (not environment.getattr(l_2_s, 'required'))):
                pass
                t_18.append(
                    ' | None',
                )
                if (not (undefined(name='positional_params') if l_1_positional_params is missing else l_1_positional_params)):
                    pass
                    t_18.append(
                        ' = None',
                    )
            t_18.append(
                ',',
            )
        l_2_s = missing
        for l_2_p in (undefined(name='positional_params') if l_1_positional_params is missing else l_1_positional_params):
            _loop_vars = {}
            pass
            t_18.extend((
                '\n        ',
                str(environment.getattr(l_2_p, 'name')),
                ': ',
                str(environment.getattr(environment.getattr(l_2_p, 'type'), 'annotation')),
                ',',
            ))
        l_2_p = missing
        t_18.append(
            '\n        *,',
        )
        def t_23(fiter):
            for l_2_s in fiter:
                if (environment.getattr(l_2_s, 'alias') or (not environment.getattr(l_2_s, 'positional'))):
                    yield l_2_s
        for l_2_s in t_23(environment.getattr((undefined(name='c') if l_1_c is missing else l_1_c), 'security')):
            _loop_vars = {}
            pass
            t_18.extend((
                '\n        ',
                str(environment.getattr(l_2_s, 'keyword')),
                ': ',
                str(context.call((undefined(name='annotation') if l_0_annotation is missing else l_0_annotation), l_2_s, l_1_is_async, _loop_vars=_loop_vars)),
            ))
            if (environment.getattr(l_2_s, 'alias') or (not environment.getattr(l_2_s, 'required'))):
                pass
                t_18.append(
                    ' | None = None',
                )
            t_18.append(
                ',',
            )
        l_2_s = missing
        def t_24(fiter):
            for l_2_s in fiter:
                if (environment.getattr(l_2_s, 'alias') and (not environment.getattr(l_2_s, 'positional'))):
                    yield l_2_s
        for l_2_s in t_24(environment.getattr((undefined(name='c') if l_1_c is missing else l_1_c), 'security')):
            _loop_vars = {}
            pass
            t_18.extend((
                '\n        ',
                str(environment.getattr(l_2_s, 'alias')),
                ': ',
                str(context.call((undefined(name='annotation') if l_0_annotation is missing else l_0_annotation), l_2_s, l_1_is_async, _loop_vars=_loop_vars)),
                ' | None = None,',
            ))
        l_2_s = missing
        def t_25(fiter):
            for l_2_p in fiter:
                if (((not environment.getattr(l_2_p, 'required')) or (not t_12(environment.getattr(l_2_p, 'default')))) and t_12(environment.getattr(l_2_p, 'constant'))):
                    yield l_2_p
        for l_2_p in t_25(environment.getattr((undefined(name='c') if l_1_c is missing else l_1_c), 'parameters')):
            _loop_vars = {}
            pass
            t_18.extend((
                '\n        ',
                str(environment.getattr(l_2_p, 'name')),
                ': ',
                str(environment.getattr(environment.getattr(l_2_p, 'type'), 'annotation')),
            ))
            if t_12(environment.getattr(l_2_p, 'default')):
                pass
                t_18.append(
                    ' | None',
                )
            t_18.extend((
                ' = ',
                str(t_9(environment.getattr(l_2_p, 'default'))),
                ',',
            ))
        l_2_p = missing
        if (not environment.getattr((undefined(name='c') if l_1_c is missing else l_1_c), 'host_parts')):
            pass
            t_18.append(
                '\n        endpoint: str',
            )
            if environment.getattr((undefined(name='c') if l_1_c is missing else l_1_c), 'endpoint'):
                pass
                t_18.extend((
                    ' = ',
                    str(t_9(environment.getattr((undefined(name='c') if l_1_c is missing else l_1_c), 'endpoint'))),
                ))
            t_18.append(
                ',',
            )
        if environment.getattr((undefined(name='c') if l_1_c is missing else l_1_c), 'credential'):
            pass
            t_18.append(
                '\n        credential_scopes: _t.Sequence[str] | None = None,',
            )
        t_18.extend((
            '\n        http_client: ',
            str((undefined(name='http') if l_1_http is missing else l_1_http)),
            ' | None = None,\n        timeout: TimeoutTypes | None = None,\n        deadline: float | None = None,\n        retries: int | RetryPolicy = 3,\n        user_agent: str | None = None,\n        log_bodies: bool = False,',
        ))
        if (not t_12(environment.getattr(environment.getattr(l_1_api, 'client'), 'request_id_header'))):
            pass
            t_18.append(
                '\n        auto_request_id: bool = True,',
            )
        else:
            pass
            t_18.append(
                '\n        request_id_header: str | None = None,',
            )
        t_18.append(
            '\n        strict_responses: bool = False,',
        )
        if environment.getattr(l_1_api, 'lros'):
            pass
            t_18.append(
                '\n        polling_interval: float = 30.0,',
            )
        t_18.append(
            '\n    ) -> None:',
        )
        if environment.getattr((undefined(name='c') if l_1_c is missing else l_1_c), 'host_parts'):
            pass
            t_18.append(
                '\n        # The base URL of the spec\'s host template, for the token scope ({name}: a method argument).\n        endpoint = "".join((',
            )
            for l_2_part in environment.getattr((undefined(name='c') if l_1_c is missing else l_1_c), 'host_parts'):
                _loop_vars = {}
                pass
                t_18.extend((
                    str((t_9(environment.getattr(l_2_part, 'literal')) if t_12(environment.getattr(l_2_part, 'parameter')) else ('str(%s)' % environment.getattr(environment.getattr(l_2_part, 'parameter'), 'name')))),
                    ', ',
                ))
            l_2_part = missing
            t_18.append(
                '))',
            )
        else:
            pass
            t_18.append(
                '\n        endpoint = endpoint.rstrip("/")',
            )
        t_18.append(
            '\n        self._config = _operations.ClientConfig(\n            endpoint=endpoint,',
        )
        def t_26(fiter):
            for l_2_p in fiter:
                if t_12(environment.getattr(l_2_p, 'constant')):
                    yield l_2_p
        for l_2_p in t_26(environment.getattr((undefined(name='c') if l_1_c is missing else l_1_c), 'parameters')):
            _loop_vars = {}
            pass
            t_18.extend((
                '\n            ',
                str(environment.getattr(l_2_p, 'name')),
                '=',
                str(environment.getattr(l_2_p, 'name')),
                ',',
            ))
        l_2_p = missing
        if environment.getattr(l_1_api, 'lros'):
            pass
            t_18.append(
                '\n            polling_interval=polling_interval,',
            )
        t_18.append(
            '\n        )\n        _operations.validate_client_config(self._config)',
        )
        for l_2_s in environment.getattr((undefined(name='c') if l_1_c is missing else l_1_c), 'security'):
            _loop_vars = {}
            pass
            if environment.getattr(l_2_s, 'alias'):
                pass
                t_18.extend((
                    '\n        ',
                    str(environment.getattr(l_2_s, 'keyword')),
                    ' = _auth.renamed(',
                    str(t_9(environment.getattr(l_2_s, 'keyword'))),
                    ', ',
                    str(environment.getattr(l_2_s, 'keyword')),
                    ', ',
                    str(t_9(environment.getattr(l_2_s, 'alias'))),
                    ', ',
                    str(environment.getattr(l_2_s, 'alias')),
                    ')',
                ))
            if environment.getattr(l_2_s, 'required'):
                pass
                t_18.extend((
                    '\n        _auth.require(',
                    str(t_9(environment.getattr(l_2_s, 'keyword'))),
                    ', ',
                    str(environment.getattr(l_2_s, 'keyword')),
                    ')',
                ))
        l_2_s = missing
        t_18.extend((
            '\n        self._pipeline = ',
            str((undefined(name='pipeline') if l_1_pipeline is missing else l_1_pipeline)),
            '(',
        ))
        if environment.getattr((undefined(name='c') if l_1_c is missing else l_1_c), 'security'):
            pass
            t_18.append(
                '\n            auth=_auth.Credentials(\n                {',
            )
            for l_2_s in environment.getattr((undefined(name='c') if l_1_c is missing else l_1_c), 'security'):
                _loop_vars = {}
                pass
                t_18.extend((
                    '\n                    ',
                    str(t_9(environment.getattr(l_2_s, 'keyword'))),
                    ': ',
                    str(environment.getattr(l_2_s, 'keyword')),
                    ',',
                ))
            l_2_s = missing
            t_18.append(
                '\n                },',
            )
            if environment.getattr((undefined(name='c') if l_1_c is missing else l_1_c), 'credential'):
                pass
                t_18.append(
                    '\n                scopes=credential_scopes,',
                )
            if (environment.getattr((undefined(name='c') if l_1_c is missing else l_1_c), 'credential') and environment.getattr((undefined(name='c') if l_1_c is missing else l_1_c), 'azure_scopes')):
                pass
                t_18.append(
                    '\n                default_scopes=scopes_for(endpoint, None),',
                )
            t_18.append(
                '\n            ),',
            )
        t_18.append(
            '\n            http_client=http_client,\n            timeout=timeout,\n            deadline=deadline,\n            retry=RetryPolicy.of(retries),\n            user_agent=_user_agent(user_agent),\n            log_bodies=log_bodies,',
        )
        if (not t_12(environment.getattr(environment.getattr(l_1_api, 'client'), 'request_id_header'))):
            pass
            t_18.append(
                '\n            auto_request_id=auto_request_id,',
            )
        else:
            pass
            t_18.append(
                '\n            request_id_header=request_id_header,',
            )
        t_18.append(
            '\n            strict_responses=strict_responses,\n        )',
        )
        for l_2_g in environment.getattr(l_1_api, 'groups'):
            _loop_vars = {}
            pass
            t_18.extend((
                '\n\n    @_functools.cached_property\n    ',
                str(t_5(t_4(('def %s(self) -> %s:' % (environment.getattr(l_2_g, 'name'), environment.getattr(l_2_g, 'class_name'))), 4), 4)),
                '\n        """',
                str(environment.getattr(l_2_g, 'class_name')),
                ': the ',
                str(environment.getattr(l_2_g, 'name')),
                ' operations (their module is imported on first use)."""\n        from .operations import _',
                str(environment.getattr(l_2_g, 'name')),
                '_operations\n\n        ',
                str(t_5(t_4(('return _%s_operations.%s(self._pipeline, self._config)' % (environment.getattr(l_2_g, 'name'), environment.getattr(l_2_g, 'class_name'))), 8), 8)),
            ))
        l_2_g = missing
        t_18.append(
            '\n',
        )
        def t_27(fiter):
            for l_2_op in fiter:
                if (not environment.getattr((undefined(name='module') if l_1_module is missing else l_1_module), 'parts')):
                    yield l_2_op
        for l_2_op in t_27(environment.getattr(l_1_api, 'operations')):
            _loop_vars = {}
            pass
            t_18.extend((
                '\n    ',
                str(t_5((context.call((undefined(name='lro_method') if l_0_lro_method is missing else l_0_lro_method), l_2_op, l_1_is_async, _loop_vars=_loop_vars) if (not t_12(environment.getattr(l_2_op, 'lro'))) else context.call((undefined(name='method') if l_0_method is missing else l_0_method), l_2_op, l_1_is_async, _loop_vars=_loop_vars)), 4)),
                '\n',
            ))
        l_2_op = missing
        if l_1_members:
            pass
            t_18.extend((
                '\n',
                str(l_1_members),
            ))
        if l_1_is_async:
            pass
            t_18.extend((
                '\n    async def close(self) -> None:\n        """Close the connections this client opened (not an ``http_client`` it was given)."""\n        await self._pipeline.close()\n\n    async def __aenter__(self) -> ',
                str(environment.getattr((undefined(name='c') if l_1_c is missing else l_1_c), 'name')),
                ':\n        return self\n\n    async def __aexit__(\n        self,\n        exc_type: type[BaseException] | None,\n        exc: BaseException | None,\n        traceback: TracebackType | None,\n    ) -> None:\n        await self.close()',
            ))
        else:
            pass
            t_18.extend((
                '\n    def close(self) -> None:\n        """Close the connections this client opened (not an ``http_client`` it was given)."""\n        self._pipeline.close()\n\n    def __enter__(self) -> ',
                str(environment.getattr((undefined(name='c') if l_1_c is missing else l_1_c), 'name')),
                ':\n        return self\n\n    def __exit__(\n        self,\n        exc_type: type[BaseException] | None,\n        exc: BaseException | None,\n        traceback: TracebackType | None,\n    ) -> None:\n        self.close()',
            ))
        return concat(t_18)
    context.exported_vars.add('client_module')
    context.vars['client_module'] = l_0_client_module = Macro(environment, macro, 'client_module', ('api', 'is_async', 'members'), False, False, False, context.eval_ctx.autoescape)
    yield '\n'

blocks = {}
debug_info = '4=84&5=90&6=96&7=102&12=108&13=122&15=125&16=128&18=132&21=135&23=145&29=151&30=168&33=171&34=174&35=178&37=187&40=196&42=199&43=205&51=212&54=224&55=229&58=237&63=239&67=243&70=251&74=264&75=275&76=276&77=277&78=278&79=279&80=282&82=286&84=288&85=291&88=298&90=306&91=309&92=314&93=318&94=325&95=328&96=335&97=338&99=346&100=360&102=373&103=378&105=388&107=393&109=423&117=426&118=430&127=440&129=443&89=451&138=455&139=456&140=465&142=483&143=488&146=497&147=506&149=519&150=528&152=534&153=543&155=558&156=563&158=572&161=579&167=582&173=595&177=603&179=608&185=627&186=636&188=642&193=650&194=653&195=657&197=668&198=672&201=680&202=683&205=688&206=693&209=702&212=707&223=718&230=731&233=736&234=738&235=742&237=744&239=750&240=759&242=763&243=767&245=769&250=773&265=780'