from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'models/_enums.py.jinja'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_api = resolve('api')
    l_0_module = resolve('module')
    l_0_imports = missing
    try:
        t_1 = environment.filters['docstring']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'docstring' found.")
    try:
        t_2 = environment.filters['docstring_literal']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'docstring_literal' found.")
    try:
        t_3 = environment.filters['fit']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'fit' found.")
    try:
        t_4 = environment.filters['indent']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'indent' found.")
    try:
        t_5 = environment.filters['pyrepr']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'pyrepr' found.")
    pass
    included_template = environment.get_template('macros/imports.jinja', 'models/_enums.py.jinja')._get_default_module(context)
    l_0_imports = getattr(included_template, 'imports', missing)
    if l_0_imports is missing:
        l_0_imports = undefined(f"the template {included_template.__name__!r} (imported on line 1 in 'models/_enums.py.jinja') does not export the requested name 'imports'", name='imports')
    context.vars['imports'] = l_0_imports
    context.exported_vars.discard('imports')
    yield '"""Enums of '
    yield str(t_1(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'title')))
    yield ' (a part of ``models``: import them from there)."""\n\n'
    yield str(context.call((undefined(name='imports') if l_0_imports is missing else l_0_imports), environment.getitem(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'imports'), environment.getattr((undefined(name='module') if l_0_module is missing else l_0_module), 'path'))))
    yield '\n\n__all__ = ['
    for l_1_e in environment.getattr((undefined(name='module') if l_0_module is missing else l_0_module), 'enums'):
        _loop_vars = {}
        pass
        yield '\n    '
        yield str(t_5(environment.getattr(l_1_e, 'name')))
        yield ','
    l_1_e = missing
    yield '\n]'
    for l_1_e in environment.getattr((undefined(name='module') if l_0_module is missing else l_0_module), 'enums'):
        l_1_at = resolve('at')
        l_1_doc = missing
        _loop_vars = {}
        pass
        yield str(context.call((undefined(name='at') if l_1_at is missing else l_1_at), l_1_e, _loop_vars=_loop_vars))
        yield '\n\n\nclass '
        yield str(environment.getattr(l_1_e, 'name'))
        yield '('
        yield str(context.call(environment.getattr({'str': '_enum.StrEnum', 'int': '_enum.IntEnum'}, 'get'), environment.getattr(l_1_e, 'base'), 'float, _enum.Enum', _loop_vars=_loop_vars))
        yield '):'
        l_1_doc = (t_1(environment.getattr(l_1_e, 'description')) or str_join((environment.getattr(l_1_e, 'name'), '.', )))
        _loop_vars['doc'] = l_1_doc
        if (environment.getattr(l_1_e, 'open') or ('\n' in (undefined(name='doc') if l_1_doc is missing else l_1_doc))):
            pass
            yield '\n    '
            t_6 = []
            pass
            t_6.extend((
                '"""',
                str((undefined(name='doc') if l_1_doc is missing else l_1_doc)),
            ))
            if environment.getattr(l_1_e, 'open'):
                pass
                t_6.extend((
                    '\n\n    Extensible: the service may send values not listed here; they are kept as plain\n    ',
                    str(context.call(environment.getattr({'str': 'strings', 'int': 'integers'}, 'get'), environment.getattr(l_1_e, 'base'), 'numbers')),
                    '.',
                ))
            t_6.append(
                '\n    """',
            )
            yield t_2(concat(t_6), 4)
        else:
            pass
            yield '\n    """'
            yield str((undefined(name='doc') if l_1_doc is missing else l_1_doc))
            yield '"""'
        yield '\n'
        for l_2_v in environment.getattr(l_1_e, 'values'):
            _loop_vars = {}
            pass
            yield '\n    '
            yield str(t_4(t_3(('%s = %s' % (environment.getattr(l_2_v, 'name'), t_5(environment.getattr(l_2_v, 'value')))), 4), 4))
            if environment.getattr(l_2_v, 'description'):
                pass
                yield '\n    """'
                yield str(t_1(environment.getattr(l_2_v, 'description')))
                yield '"""'
        l_2_v = missing
        if (environment.getattr(l_1_e, 'base') in ('str', 'int')):
            pass
            yield '\n\n\n'
            yield str(t_3(('_%s_MEMBERS: dict[%s, %s] = {_m.value: _m for _m in %s}' % (environment.getattr(l_1_e, 'name'), environment.getattr(l_1_e, 'base'), environment.getattr(l_1_e, 'name'), environment.getattr(l_1_e, 'name'))), 0))
    l_1_e = l_1_at = l_1_doc = missing
    yield '\n'

blocks = {}
debug_info = '1=44&2=51&4=53&7=55&8=59&11=63&12=68&15=70&16=74&17=76&19=83&20=85&23=89&18=95&28=99&30=102&31=106&32=107&33=110&36=113&39=116'