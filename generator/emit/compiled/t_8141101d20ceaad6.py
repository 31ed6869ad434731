from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = '_operations_part.py.jinja'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_module = resolve('module')
    l_0_api = resolve('api')
    l_0_at = resolve('at')
    l_0_compiled = l_0_lro_function = l_0_request_functions = l_0_xml_table = l_0_imports = l_0_part_class = l_0_part = l_0_g = missing
    try:
        t_1 = environment.filters['docstring']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'docstring' found.")
    try:
        t_2 = environment.filters['pyrepr']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'pyrepr' found.")
    try:
        t_3 = environment.tests['none']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No test named 'none' found.")
    pass
    included_template = environment.get_template('macros/requests.jinja', '_operations_part.py.jinja')._get_default_module(context)
    l_0_compiled = getattr(included_template, 'compiled', missing)
    if l_0_compiled is missing:
        l_0_compiled = undefined(f"the template {included_template.__name__!r} (imported on line 1 in '_operations_part.py.jinja') does not export the requested name 'compiled'", name='compiled')
    l_0_lro_function = getattr(included_template, 'lro_function', missing)
    if l_0_lro_function is missing:
        l_0_lro_function = undefined(f"the template {included_template.__name__!r} (imported on line 1 in '_operations_part.py.jinja') does not export the requested name 'lro_function'", name='lro_function')
    l_0_request_functions = getattr(included_template, 'request_functions', missing)
    if l_0_request_functions is missing:
        l_0_request_functions = undefined(f"the template {included_template.__name__!r} (imported on line 1 in '_operations_part.py.jinja') does not export the requested name 'request_functions'", name='request_functions')
    l_0_xml_table = getattr(included_template, 'xml_table', missing)
    if l_0_xml_table is missing:
        l_0_xml_table = undefined(f"the template {included_template.__name__!r} (imported on line 1 in '_operations_part.py.jinja') does not export the requested name 'xml_table'", name='xml_table')
    context.vars.update({'compiled': l_0_compiled, 'lro_function': l_0_lro_function, 'request_functions': l_0_request_functions, 'xml_table': l_0_xml_table})
    context.exported_vars.difference_update(('compiled', 'lro_function', 'request_functions', 'xml_table'))
    included_template = environment.get_template('macros/imports.jinja', '_operations_part.py.jinja')._get_default_module(context)
    l_0_imports = getattr(included_template, 'imports', missing)
    if l_0_imports is missing:
        l_0_imports = undefined(f"the template {included_template.__name__!r} (imported on line 2 in '_operations_part.py.jinja') does not export the requested name 'imports'", name='imports')
    context.vars['imports'] = l_0_imports
    context.exported_vars.discard('imports')
    included_template = environment.get_template('macros/client.jinja', '_operations_part.py.jinja').make_module(context.get_all(), True, {'compiled': l_0_compiled, 'g': l_0_g, 'imports': l_0_imports, 'lro_function': l_0_lro_function, 'part': l_0_part, 'part_class': l_0_part_class, 'request_functions': l_0_request_functions, 'xml_table': l_0_xml_table})
    l_0_part_class = getattr(included_template, 'part_class', missing)
    if l_0_part_class is missing:
        l_0_part_class = undefined(f"the template {included_template.__name__!r} (imported on line 3 in '_operations_part.py.jinja') does not export the requested name 'part_class'", name='part_class')
    context.vars['part_class'] = l_0_part_class
    context.exported_vars.discard('part_class')
    l_0_part = environment.getitem(environment.getattr((undefined(name='module') if l_0_module is missing else l_0_module), 'parts'), 0)
    context.vars['part'] = l_0_part
    context.exported_vars.add('part')
    l_0_g = environment.getattr((undefined(name='module') if l_0_module is missing else l_0_module), 'group')
    context.vars['g'] = l_0_g
    context.exported_vars.add('g')
    if t_3((undefined(name='g') if l_0_g is missing else l_0_g)):
        pass
        yield '"""A part of the client\'s own operations ('
        yield str(t_1(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'title')))
        yield '): request building,\nresponse handling and the sync methods of ``'
        yield str(environment.getattr(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'client'), 'name'))
        yield "`` that ``_client.py``'s\n``_PARTS`` lists for ``"
        yield str(environment.getattr((undefined(name='part') if l_0_part is missing else l_0_part), 'module'))
        yield '`` (imported when one of them is first used)."""'
    else:
        pass
        yield '"""A part of the '
        yield str(environment.getattr((undefined(name='g') if l_0_g is missing else l_0_g), 'name'))
        yield ' operations of '
        yield str(t_1(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'title')))
        yield ': request building,\nresponse handling and the sync methods of ``'
        yield str(environment.getattr((undefined(name='g') if l_0_g is missing else l_0_g), 'class_name'))
        yield '`` that\n``_'
        yield str(environment.getattr((undefined(name='g') if l_0_g is missing else l_0_g), 'name'))
        yield "_operations.py``'s ``_PARTS`` lists for ``"
        yield str(environment.getattr((undefined(name='part') if l_0_part is missing else l_0_part), 'module'))
        yield '`` (imported when one\nof them is first used)."""'
    yield '\n\n'
    yield str(context.call((undefined(name='imports') if l_0_imports is missing else l_0_imports), environment.getitem(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'imports'), environment.getattr((undefined(name='module') if l_0_module is missing else l_0_module), 'path'))))
    yield str(('\n' if (environment.getattr(environment.getitem(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'imports'), environment.getattr((undefined(name='module') if l_0_module is missing else l_0_module), 'path')), 'type_checking') and (not environment.getattr((undefined(name='module') if l_0_module is missing else l_0_module), 'patterns'))) else cond_expr_undefined("the inline if-expression on line 21 in '_operations_part.py.jinja' evaluated to false and no else section was defined.")))
    yield str(context.call((undefined(name='compiled') if l_0_compiled is missing else l_0_compiled), environment.getattr((undefined(name='module') if l_0_module is missing else l_0_module), 'patterns')))
    yield str(context.call((undefined(name='xml_table') if l_0_xml_table is missing else l_0_xml_table), (undefined(name='module') if l_0_module is missing else l_0_module)))
    yield '\n\n__all__ = ['
    yield str(t_2(environment.getattr((undefined(name='part') if l_0_part is missing else l_0_part), 'class_name')))
    yield ']'
    for l_1_op in environment.getattr((undefined(name='module') if l_0_module is missing else l_0_module), 'operations'):
        _loop_vars = {}
        pass
        yield str(context.call((undefined(name='at') if l_0_at is missing else l_0_at), l_1_op, _loop_vars=_loop_vars))
        yield str(context.call((undefined(name='request_functions') if l_0_request_functions is missing else l_0_request_functions), l_1_op, _loop_vars=_loop_vars))
    l_1_op = missing
    def t_4(fiter):
        for l_1_op in fiter:
            if (not t_3(environment.getattr(l_1_op, 'lro'))):
                yield l_1_op
    for l_1_op in t_4(environment.getattr((undefined(name='module') if l_0_module is missing else l_0_module), 'operations')):
        _loop_vars = {}
        pass
        yield str(context.call((undefined(name='at') if l_0_at is missing else l_0_at), l_1_op, _loop_vars=_loop_vars))
        yield str(context.call((undefined(name='lro_function') if l_0_lro_function is missing else l_0_lro_function), l_1_op, _loop_vars=_loop_vars))
    l_1_op = missing
    yield '\n'
    yield str(context.call((undefined(name='part_class') if l_0_part_class is missing else l_0_part_class), (undefined(name='part') if l_0_part is missing else l_0_part), environment.getattr((undefined(name='module') if l_0_module is missing else l_0_module), 'operations'), False, '', (undefined(name='at') if l_0_at is missing else l_0_at), (undefined(name='g') if l_0_g is missing else l_0_g)))
    yield '\n'

blocks = {}
debug_info = '1=33&2=48&3=54&8=60&9=63&10=66&11=69&12=71&13=73&15=78&16=82&17=84&21=89&23=94&24=96&25=99&26=100&28=102&29=109&30=110&32=113'