from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'operations/_group_operations.py.jinja'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_module = resolve('module')
    l_0_api = resolve('api')
    l_0_at = resolve('at')
    l_0_compiled = l_0_lro_function = l_0_request_functions = l_0_xml_table = l_0_imports = l_0_group_class = l_0_lazy_parts = l_0_g = missing
    try:
        t_1 = environment.filters['docstring']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'docstring' found.")
    try:
        t_2 = environment.filters['docstring_end']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'docstring_end' found.")
    try:
        t_3 = environment.filters['pyrepr']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'pyrepr' found.")
    try:
        t_4 = environment.tests['none']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No test named 'none' found.")
    pass
    included_template = environment.get_template('macros/requests.jinja', 'operations/_group_operations.py.jinja')._get_default_module(context)
    l_0_compiled = getattr(included_template, 'compiled', missing)
    if l_0_compiled is missing:
        l_0_compiled = undefined(f"the template {included_template.__name__!r} (imported on line 1 in 'operations/_group_operations.py.jinja') does not export the requested name 'compiled'", name='compiled')
    l_0_lro_function = getattr(included_template, 'lro_function', missing)
    if l_0_lro_function is missing:
        l_0_lro_function = undefined(f"the template {included_template.__name__!r} (imported on line 1 in 'operations/_group_operations.py.jinja') does not export the requested name 'lro_function'", name='lro_function')
    l_0_request_functions = getattr(included_template, 'request_functions', missing)
    if l_0_request_functions is missing:
        l_0_request_functions = undefined(f"the template {included_template.__name__!r} (imported on line 1 in 'operations/_group_operations.py.jinja') does not export the requested name 'request_functions'", name='request_functions')
    l_0_xml_table = getattr(included_template, 'xml_table', missing)
    if l_0_xml_table is missing:
        l_0_xml_table = undefined(f"the template {included_template.__name__!r} (imported on line 1 in 'operations/_group_operations.py.jinja') does not export the requested name 'xml_table'", name='xml_table')
    context.vars.update({'compiled': l_0_compiled, 'lro_function': l_0_lro_function, 'request_functions': l_0_request_functions, 'xml_table': l_0_xml_table})
    context.exported_vars.difference_update(('compiled', 'lro_function', 'request_functions', 'xml_table'))
    included_template = environment.get_template('macros/imports.jinja', 'operations/_group_operations.py.jinja')._get_default_module(context)
    l_0_imports = getattr(included_template, 'imports', missing)
    if l_0_imports is missing:
        l_0_imports = undefined(f"the template {included_template.__name__!r} (imported on line 2 in 'operations/_group_operations.py.jinja') does not export the requested name 'imports'", name='imports')
    context.vars['imports'] = l_0_imports
    context.exported_vars.discard('imports')
    included_template = environment.get_template('macros/client.jinja', 'operations/_group_operations.py.jinja').make_module(context.get_all(), True, {'compiled': l_0_compiled, 'g': l_0_g, 'group_class': l_0_group_class, 'imports': l_0_imports, 'lazy_parts': l_0_lazy_parts, 'lro_function': l_0_lro_function, 'request_functions': l_0_request_functions, 'xml_table': l_0_xml_table})
    l_0_group_class = getattr(included_template, 'group_class', missing)
    if l_0_group_class is missing:
        l_0_group_class = undefined(f"the template {included_template.__name__!r} (imported on line 3 in 'operations/_group_operations.py.jinja') does not export the requested name 'group_class'", name='group_class')
    l_0_lazy_parts = getattr(included_template, 'lazy_parts', missing)
    if l_0_lazy_parts is missing:
        l_0_lazy_parts = undefined(f"the template {included_template.__name__!r} (imported on line 3 in 'operations/_group_operations.py.jinja') does not export the requested name 'lazy_parts'", name='lazy_parts')
    context.vars.update({'group_class': l_0_group_class, 'lazy_parts': l_0_lazy_parts})
    context.exported_vars.difference_update(('group_class', 'lazy_parts'))
    l_0_g = environment.getattr((undefined(name='module') if l_0_module is missing else l_0_module), 'group')
    context.vars['g'] = l_0_g
    context.exported_vars.add('g')
    if environment.getattr((undefined(name='module') if l_0_module is missing else l_0_module), 'parts'):
        pass
        yield '"""The '
        yield str(environment.getattr((undefined(name='g') if l_0_g is missing else l_0_g), 'name'))
        yield ' operations of '
        yield str(t_1(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'title')))
        yield ': the sync ``'
        yield str(environment.getattr((undefined(name='g') if l_0_g is missing else l_0_g), 'class_name'))
        yield '``\nclass (reach it as ``client.'
        yield str(environment.getattr((undefined(name='g') if l_0_g is missing else l_0_g), 'name'))
        yield '``), whose methods are in parts\n(``'
        yield str(environment.getattr(environment.getitem(environment.getattr((undefined(name='module') if l_0_module is missing else l_0_module), 'parts'), 0), 'module'))
        yield '.py``...), each imported when one of its methods is first used."""\n\n'
        yield str(context.call((undefined(name='imports') if l_0_imports is missing else l_0_imports), environment.getitem(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'imports'), environment.getattr((undefined(name='module') if l_0_module is missing else l_0_module), 'path'))))
        yield '\n\n__all__ = ['
        yield str(t_3(environment.getattr((undefined(name='g') if l_0_g is missing else l_0_g), 'class_name')))
        yield ']'
        yield str(context.call((undefined(name='lazy_parts') if l_0_lazy_parts is missing else l_0_lazy_parts), environment.getattr((undefined(name='module') if l_0_module is missing else l_0_module), 'parts'), str_join(('the ', environment.getattr((undefined(name='g') if l_0_g is missing else l_0_g), 'name'), ' operations', )), '_GroupOperations'))
        yield '\n\n'
        yield str(context.call((undefined(name='group_class') if l_0_group_class is missing else l_0_group_class), (undefined(name='g') if l_0_g is missing else l_0_g), False, '', (undefined(name='at') if l_0_at is missing else l_0_at), environment.getattr((undefined(name='module') if l_0_module is missing else l_0_module), 'parts')))
    else:
        pass
        yield '"""The '
        yield str(environment.getattr((undefined(name='g') if l_0_g is missing else l_0_g), 'name'))
        yield ' operations of '
        yield str(t_1(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'title')))
        yield ': request building, response\n'
        t_5 = []
        pass
        t_5.extend((
            'handling and the sync ``',
            str(environment.getattr((undefined(name='g') if l_0_g is missing else l_0_g), 'class_name')),
            '`` class (reach it as ``client.',
            str(environment.getattr((undefined(name='g') if l_0_g is missing else l_0_g), 'name')),
            '``).',
        ))
        yield t_2(concat(t_5))
        yield '\n\n'
        yield str(context.call((undefined(name='imports') if l_0_imports is missing else l_0_imports), environment.getitem(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'imports'), environment.getattr((undefined(name='module') if l_0_module is missing else l_0_module), 'path'))))
        yield str(('\n' if (environment.getattr(environment.getitem(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'imports'), environment.getattr((undefined(name='module') if l_0_module is missing else l_0_module), 'path')), 'type_checking') and (not environment.getattr((undefined(name='module') if l_0_module is missing else l_0_module), 'patterns'))) else cond_expr_undefined("the inline if-expression on line 24 in 'operations/_group_operations.py.jinja' evaluated to false and no else section was defined.")))
        yield str(context.call((undefined(name='compiled') if l_0_compiled is missing else l_0_compiled), environment.getattr((undefined(name='module') if l_0_module is missing else l_0_module), 'patterns')))
        yield str(context.call((undefined(name='xml_table') if l_0_xml_table is missing else l_0_xml_table), (undefined(name='module') if l_0_module is missing else l_0_module)))
        yield '\n\n__all__ = ['
        yield str(t_3(environment.getattr((undefined(name='g') if l_0_g is missing else l_0_g), 'class_name')))
        yield ']'
        for l_1_op in environment.getattr((undefined(name='module') if l_0_module is missing else l_0_module), 'operations'):
            _loop_vars = {}
            pass
            yield str(context.call((undefined(name='at') if l_0_at is missing else l_0_at), l_1_op, _loop_vars=_loop_vars))
            yield str(context.call((undefined(name='request_functions') if l_0_request_functions is missing else l_0_request_functions), l_1_op, _loop_vars=_loop_vars))
        l_1_op = missing
        def t_6(fiter):
            for l_1_op in fiter:
                if (not t_4(environment.getattr(l_1_op, 'lro'))):
                    yield l_1_op
        for l_1_op in t_6(environment.getattr((undefined(name='module') if l_0_module is missing else l_0_module), 'operations')):
            _loop_vars = {}
            pass
            yield str(context.call((undefined(name='at') if l_0_at is missing else l_0_at), l_1_op, _loop_vars=_loop_vars))
            yield str(context.call((undefined(name='lro_function') if l_0_lro_function is missing else l_0_lro_function), l_1_op, _loop_vars=_loop_vars))
        l_1_op = missing
        yield '\n'
        yield str(context.call((undefined(name='group_class') if l_0_group_class is missing else l_0_group_class), (undefined(name='g') if l_0_g is missing else l_0_g), False, '', (undefined(name='at') if l_0_at is missing else l_0_at)))
    yield '\n'

blocks = {}
debug_info = '1=39&2=54&3=60&8=69&9=72&10=75&11=81&12=83&14=85&16=87&17=89&19=91&21=95&22=103&24=110&26=115&27=117&28=120&29=121&31=123&32=130&33=131&35=134'