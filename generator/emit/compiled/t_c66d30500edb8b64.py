from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'aio/_operations_part.py.jinja'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_module = resolve('module')
    l_0_api = resolve('api')
    l_0_at = resolve('at')
    l_0_imports = l_0_part_class = l_0_part = l_0_g = missing
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
    included_template = environment.get_template('macros/imports.jinja', 'aio/_operations_part.py.jinja')._get_default_module(context)
    l_0_imports = getattr(included_template, 'imports', missing)
    if l_0_imports is missing:
        l_0_imports = undefined(f"the template {included_template.__name__!r} (imported on line 1 in 'aio/_operations_part.py.jinja') does not export the requested name 'imports'", name='imports')
    context.vars['imports'] = l_0_imports
    context.exported_vars.discard('imports')
    included_template = environment.get_template('macros/client.jinja', 'aio/_operations_part.py.jinja').make_module(context.get_all(), True, {'g': l_0_g, 'imports': l_0_imports, 'part': l_0_part, 'part_class': l_0_part_class})
    l_0_part_class = getattr(included_template, 'part_class', missing)
    if l_0_part_class is missing:
        l_0_part_class = undefined(f"the template {included_template.__name__!r} (imported on line 2 in 'aio/_operations_part.py.jinja') does not export the requested name 'part_class'", name='part_class')
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
        yield '"""A part of the client\'s own async operations ('
        yield str(t_1(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'title')))
        yield '): the methods of\nthe async ``'
        yield str(environment.getattr(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'client'), 'name'))
        yield "`` that ``_client.py``'s ``_PARTS`` lists for ``"
        yield str(environment.getattr((undefined(name='part') if l_0_part is missing else l_0_part), 'module'))
        yield '``\n(imported when one of them is first used); their request builders and response handlers\nare the sync part\'s."""'
    else:
        pass
        yield '"""A part of the async '
        yield str(environment.getattr((undefined(name='g') if l_0_g is missing else l_0_g), 'name'))
        yield ' operations of '
        yield str(t_1(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'title')))
        yield ': the methods of the\nasync ``'
        yield str(environment.getattr((undefined(name='g') if l_0_g is missing else l_0_g), 'class_name'))
        yield '`` that ``_'
        yield str(environment.getattr((undefined(name='g') if l_0_g is missing else l_0_g), 'name'))
        yield "_operations.py``'s ``_PARTS`` lists for\n``"
        yield str(environment.getattr((undefined(name='part') if l_0_part is missing else l_0_part), 'module'))
        yield '`` (imported when one of them is first used); their request builders and\nresponse handlers are the sync part\'s."""'
    yield '\n\n'
    yield str(context.call((undefined(name='imports') if l_0_imports is missing else l_0_imports), environment.getitem(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'imports'), environment.getattr((undefined(name='module') if l_0_module is missing else l_0_module), 'path'))))
    yield '\n\n__all__ = ['
    yield str(t_2(environment.getattr((undefined(name='part') if l_0_part is missing else l_0_part), 'class_name')))
    yield ']\n'
    yield str(context.call((undefined(name='part_class') if l_0_part_class is missing else l_0_part_class), (undefined(name='part') if l_0_part is missing else l_0_part), environment.getattr((undefined(name='module') if l_0_module is missing else l_0_module), 'operations'), True, '_operations.', (undefined(name='at') if l_0_at is missing else l_0_at), (undefined(name='g') if l_0_g is missing else l_0_g)))
    yield '\n'

blocks = {}
debug_info = '1=33&2=39&7=45&8=48&9=51&10=54&11=56&15=63&16=67&17=71&21=74&23=76&24=78'