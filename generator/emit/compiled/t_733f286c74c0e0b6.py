from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = '_operations.py.jinja'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_module = resolve('module')
    l_0_api = resolve('api')
    l_0_validate = l_0_compiled = l_0_lro_function = l_0_request_functions = l_0_xml_table = l_0_imports = missing
    try:
        t_1 = environment.filters['indent']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'indent' found.")
    try:
        t_2 = environment.filters['list']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'list' found.")
    try:
        t_3 = environment.filters['rejectattr']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'rejectattr' found.")
    try:
        t_4 = environment.tests['none']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No test named 'none' found.")
    pass
    included_template = environment.get_template('macros/types.jinja', '_operations.py.jinja')._get_default_module(context)
    l_0_validate = getattr(included_template, 'validate', missing)
    if l_0_validate is missing:
        l_0_validate = undefined(f"the template {included_template.__name__!r} (imported on line 1 in '_operations.py.jinja') does not export the requested name 'validate'", name='validate')
    context.vars['validate'] = l_0_validate
    context.exported_vars.discard('validate')
    included_template = environment.get_template('macros/requests.jinja', '_operations.py.jinja')._get_default_module(context)
    l_0_compiled = getattr(included_template, 'compiled', missing)
    if l_0_compiled is missing:
        l_0_compiled = undefined(f"the template {included_template.__name__!r} (imported on line 2 in '_operations.py.jinja') does not export the requested name 'compiled'", name='compiled')
    l_0_lro_function = getattr(included_template, 'lro_function', missing)
    if l_0_lro_function is missing:
        l_0_lro_function = undefined(f"the template {included_template.__name__!r} (imported on line 2 in '_operations.py.jinja') does not export the requested name 'lro_function'", name='lro_function')
    l_0_request_functions = getattr(included_template, 'request_functions', missing)
    if l_0_request_functions is missing:
        l_0_request_functions = undefined(f"the template {included_template.__name__!r} (imported on line 2 in '_operations.py.jinja') does not export the requested name 'request_functions'", name='request_functions')
    l_0_xml_table = getattr(included_template, 'xml_table', missing)
    if l_0_xml_table is missing:
        l_0_xml_table = undefined(f"the template {included_template.__name__!r} (imported on line 2 in '_operations.py.jinja') does not export the requested name 'xml_table'", name='xml_table')
    context.vars.update({'compiled': l_0_compiled, 'lro_function': l_0_lro_function, 'request_functions': l_0_request_functions, 'xml_table': l_0_xml_table})
    context.exported_vars.difference_update(('compiled', 'lro_function', 'request_functions', 'xml_table'))
    included_template = environment.get_template('macros/imports.jinja', '_operations.py.jinja')._get_default_module(context)
    l_0_imports = getattr(included_template, 'imports', missing)
    if l_0_imports is missing:
        l_0_imports = undefined(f"the template {included_template.__name__!r} (imported on line 3 in '_operations.py.jinja') does not export the requested name 'imports'", name='imports')
    context.vars['imports'] = l_0_imports
    context.exported_vars.discard('imports')
    if (environment.getattr((undefined(name='module') if l_0_module is missing else l_0_module), 'operations') or (not environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'operations'))):
        pass
        yield '"""The client\'s configuration, and the request building and response handling of the\nclient\'s own operations (each group\'s are in ``operations/``), shared by the sync and\nasync clients: validation, URL and body encoding, status handling, decoding."""'
    else:
        pass
        yield '"""The client\'s configuration and its check, shared by the sync and async clients (the\nrequest building and response handling of the client\'s own operations are in parts,\n``_operations_<n>.py``; each group\'s in ``operations/``)."""'
    yield '\n\n'
    yield str(context.call((undefined(name='imports') if l_0_imports is missing else l_0_imports), environment.getitem(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'imports'), environment.getattr((undefined(name='module') if l_0_module is missing else l_0_module), 'path'))))
    yield str(context.call((undefined(name='compiled') if l_0_compiled is missing else l_0_compiled), environment.getattr((undefined(name='module') if l_0_module is missing else l_0_module), 'patterns')))
    yield str(context.call((undefined(name='xml_table') if l_0_xml_table is missing else l_0_xml_table), (undefined(name='module') if l_0_module is missing else l_0_module)))
    yield '\n\n\n@_dc.dataclass(frozen=True, slots=True)\nclass ClientConfig:\n    """The client-wide values every request uses."""\n\n    endpoint: str'
    def t_5(fiter):
        for l_1_p in fiter:
            if t_4(environment.getattr(l_1_p, 'constant')):
                yield l_1_p
    for l_1_p in t_5(environment.getattr(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'client'), 'parameters')):
        _loop_vars = {}
        pass
        yield '\n    '
        yield str(environment.getattr(l_1_p, 'name'))
        yield ': '
        yield str(environment.getattr(environment.getattr(l_1_p, 'type'), 'annotation'))
        if (not environment.getattr(l_1_p, 'required')):
            pass
            yield ' | None'
    l_1_p = missing
    if environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'lros'):
        pass
        yield '\n    polling_interval: float = 30.0\n    """Seconds between two polls of a long-running operation without ``Retry-After``."""'
    yield '\n\n\ndef validate_client_config(config: ClientConfig) -> None:\n    """Check the client\'s arguments once, when the client is created."""'
    def t_6(fiter):
        for l_1_p in fiter:
            if t_4(environment.getattr(l_1_p, 'constant')):
                yield l_1_p
    for l_1_p in t_6(environment.getattr(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'client'), 'parameters')):
        _loop_vars = {}
        pass
        yield '\n    '
        yield str(t_1(context.call((undefined(name='validate') if l_0_validate is missing else l_0_validate), environment.getattr(l_1_p, 'type'), str_join(('config.', environment.getattr(l_1_p, 'name'), )), environment.getattr(l_1_p, 'name'), environment.getattr(l_1_p, 'required'), 4, _loop_vars=_loop_vars), 4))
    l_1_p = missing
    if (not t_2(context.eval_ctx, t_3(context, environment.getattr(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'client'), 'parameters'), 'constant', 'ne', None))):
        pass
        yield '\n    return None'
    for l_1_op in environment.getattr((undefined(name='module') if l_0_module is missing else l_0_module), 'operations'):
        l_1_at = resolve('at')
        _loop_vars = {}
        pass
        yield str(context.call((undefined(name='at') if l_1_at is missing else l_1_at), l_1_op, _loop_vars=_loop_vars))
        yield str(context.call((undefined(name='request_functions') if l_0_request_functions is missing else l_0_request_functions), l_1_op, _loop_vars=_loop_vars))
    l_1_op = l_1_at = missing
    def t_7(fiter):
        for l_1_op in fiter:
            if (not t_4(environment.getattr(l_1_op, 'lro'))):
                yield l_1_op
    for l_1_op in t_7(environment.getattr((undefined(name='module') if l_0_module is missing else l_0_module), 'operations')):
        l_1_at = resolve('at')
        _loop_vars = {}
        pass
        yield str(context.call((undefined(name='at') if l_1_at is missing else l_1_at), l_1_op, _loop_vars=_loop_vars))
        yield str(context.call((undefined(name='lro_function') if l_0_lro_function is missing else l_0_lro_function), l_1_op, _loop_vars=_loop_vars))
    l_1_op = l_1_at = missing
    yield '\n'

blocks = {}
debug_info = '1=38&2=44&3=59&4=65&14=72&22=76&23=84&25=91&33=95&34=103&36=105&39=108&40=112&41=113&43=115&44=123&45=124'