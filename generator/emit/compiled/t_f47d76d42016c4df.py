from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'operations/__init__.py.jinja'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_api = resolve('api')
    l_0_module = resolve('module')
    l_0_imports = l_0_lazy_exports = missing
    try:
        t_1 = environment.filters['docstring']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'docstring' found.")
    pass
    included_template = environment.get_template('macros/imports.jinja', 'operations/__init__.py.jinja')._get_default_module(context)
    l_0_imports = getattr(included_template, 'imports', missing)
    if l_0_imports is missing:
        l_0_imports = undefined(f"the template {included_template.__name__!r} (imported on line 1 in 'operations/__init__.py.jinja') does not export the requested name 'imports'", name='imports')
    context.vars['imports'] = l_0_imports
    context.exported_vars.discard('imports')
    included_template = environment.get_template('macros/lazy.jinja', 'operations/__init__.py.jinja')._get_default_module(context)
    l_0_lazy_exports = getattr(included_template, 'lazy_exports', missing)
    if l_0_lazy_exports is missing:
        l_0_lazy_exports = undefined(f"the template {included_template.__name__!r} (imported on line 2 in 'operations/__init__.py.jinja') does not export the requested name 'lazy_exports'", name='lazy_exports')
    context.vars['lazy_exports'] = l_0_lazy_exports
    context.exported_vars.discard('lazy_exports')
    yield '"""The operation group classes of '
    yield str(t_1(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'title')))
    yield ': reach them as attributes of the\nclient (``client.<group>``), which imports each group\'s module on first use."""\n\n'
    yield str(context.call((undefined(name='imports') if l_0_imports is missing else l_0_imports), environment.getitem(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'imports'), environment.getattr((undefined(name='module') if l_0_module is missing else l_0_module), 'path'))))
    yield '\n\n'
    yield str(context.call((undefined(name='lazy_exports') if l_0_lazy_exports is missing else l_0_lazy_exports), (undefined(name='module') if l_0_module is missing else l_0_module)))
    yield '\n'

blocks = {}
debug_info = '1=20&2=26&3=33&6=35&8=37'