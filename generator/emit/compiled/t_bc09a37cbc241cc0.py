from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'aio/operations/_group_operations.py.jinja'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_module = resolve('module')
    l_0_api = resolve('api')
    l_0_at = resolve('at')
    l_0_imports = l_0_group_class = l_0_lazy_parts = l_0_g = missing
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
    pass
    included_template = environment.get_template('macros/imports.jinja', 'aio/operations/_group_operations.py.jinja')._get_default_module(context)
    l_0_imports = getattr(included_template, 'imports', missing)
    if l_0_imports is missing:
        l_0_imports = undefined(f"the template {included_template.__name__!r} (imported on line 1 in 'aio/operations/_group_operations.py.jinja') does not export the requested name 'imports'", name='imports')
    context.vars['imports'] = l_0_imports
    context.exported_vars.discard('imports')
    included_template = environment.get_template('macros/client.jinja', 'aio/operations/_group_operations.py.jinja').make_module(context.get_all(), True, {'g': l_0_g, 'group_class': l_0_group_class, 'imports': l_0_imports, 'lazy_parts': l_0_lazy_parts})
    l_0_group_class = getattr(included_template, 'group_class', missing)
    if l_0_group_class is missing:
        l_0_group_class = undefined(f"the template {included_template.__name__!r} (imported on line 2 in 'aio/operations/_group_operations.py.jinja') does not export the requested name 'group_class'", name='group_class')
    l_0_lazy_parts = getattr(included_template, 'lazy_parts', missing)
    if l_0_lazy_parts is missing:
        l_0_lazy_parts = undefined(f"the template {included_template.__name__!r} (imported on line 2 in 'aio/operations/_group_operations.py.jinja') does not export the requested name 'lazy_parts'", name='lazy_parts')
    context.vars.update({'group_class': l_0_group_class, 'lazy_parts': l_0_lazy_parts})
    context.exported_vars.difference_update(('group_class', 'lazy_parts'))
    l_0_g = environment.getattr((undefined(name='module') if l_0_module is missing else l_0_module), 'group')
    context.vars['g'] = l_0_g
    context.exported_vars.add('g')
    yield '"""The async '
    yield str(environment.getattr((undefined(name='g') if l_0_g is missing else l_0_g), 'name'))
    yield ' operations of '
    yield str(t_1(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'title')))
    yield ' (reach them as ``client.'
    yield str(environment.getattr((undefined(name='g') if l_0_g is missing else l_0_g), 'name'))
    yield '``)'
    if environment.getattr((undefined(name='module') if l_0_module is missing else l_0_module), 'parts'):
        pass
        yield ':\nthe methods are in parts (``'
        yield str(environment.getattr(environment.getitem(environment.getattr((undefined(name='module') if l_0_module is missing else l_0_module), 'parts'), 0), 'module'))
        yield '.py``...), each imported when one of\nthem is first used'
    yield '."""\n\n'
    yield str(context.call((undefined(name='imports') if l_0_imports is missing else l_0_imports), environment.getitem(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'imports'), environment.getattr((undefined(name='module') if l_0_module is missing else l_0_module), 'path'))))
    yield '\n\n__all__ = ['
    yield str(t_2(environment.getattr((undefined(name='g') if l_0_g is missing else l_0_g), 'class_name')))
    yield ']'
    if environment.getattr((undefined(name='module') if l_0_module is missing else l_0_module), 'parts'):
        pass
        yield str(context.call((undefined(name='lazy_parts') if l_0_lazy_parts is missing else l_0_lazy_parts), environment.getattr((undefined(name='module') if l_0_module is missing else l_0_module), 'parts'), str_join(('the async ', environment.getattr((undefined(name='g') if l_0_g is missing else l_0_g), 'name'), ' operations', )), '_GroupOperations'))
        yield '\n'
    yield '\n'
    yield str(context.call((undefined(name='group_class') if l_0_group_class is missing else l_0_group_class), (undefined(name='g') if l_0_g is missing else l_0_g), True, '_operations.', (undefined(name='at') if l_0_at is missing else l_0_at), environment.getattr((undefined(name='module') if l_0_module is missing else l_0_module), 'parts')))
    yield '\n'

blocks = {}
debug_info = '1=27&2=33&7=42&8=46&9=52&10=55&13=58&15=60&16=62&18=67'