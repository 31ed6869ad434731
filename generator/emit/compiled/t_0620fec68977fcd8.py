from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'macros/imports.jinja'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_import_statement = l_0_imports = missing
    try:
        t_1 = environment.filters['fit']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'fit' found.")
    try:
        t_2 = environment.filters['indent']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'indent' found.")
    try:
        t_3 = environment.filters['join']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'join' found.")
    try:
        t_4 = environment.filters['pyrepr']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'pyrepr' found.")
    pass
    def macro(l_1_i):
        t_5 = []
        if l_1_i is missing:
            l_1_i = undefined("parameter 'i' was not provided", name='i')
        pass
        if environment.getattr(l_1_i, 'names'):
            pass
            t_5.extend((
                'from ',
                str(environment.getattr(l_1_i, 'module')),
                ' import ',
                str(t_3(context.eval_ctx, environment.getattr(l_1_i, 'names'), ', ')),
            ))
        else:
            pass
            t_5.extend((
                'import ',
                str(environment.getattr(l_1_i, 'module')),
            ))
        if environment.getattr(l_1_i, 'alias'):
            pass
            t_5.extend((
                ' as ',
                str(environment.getattr(l_1_i, 'alias')),
            ))
        if (environment.getattr(l_1_i, 'names') == ('*',)):
            pass
            t_5.append(
                '  # noqa: F403',
            )
        return concat(t_5)
    context.exported_vars.add('import_statement')
    context.vars['import_statement'] = l_0_import_statement = Macro(environment, macro, 'import_statement', ('i',), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_m):
        t_6 = []
        if l_1_m is missing:
            l_1_m = undefined("parameter 'm' was not provided", name='m')
        pass
        l_2_loop = missing
        for l_2_section, l_2_loop in LoopContext(environment.getattr(l_1_m, 'sections'), undefined):
            _loop_vars = {}
            pass
            if (not environment.getattr(l_2_loop, 'first')):
                pass
                t_6.append(
                    '\n\n',
                )
            l_3_loop = missing
            for l_3_i, l_3_loop in LoopContext(l_2_section, undefined):
                _loop_vars = {}
                pass
                if (not environment.getattr(l_3_loop, 'first')):
                    pass
                    t_6.append(
                        '\n',
                    )
                t_6.append(
                    str(t_1(context.call((undefined(name='import_statement') if l_0_import_statement is missing else l_0_import_statement), l_3_i, _loop_vars=_loop_vars), 0)),
                )
            l_3_loop = l_3_i = missing
        l_2_loop = l_2_section = missing
        if environment.getattr(l_1_m, 'type_checking'):
            pass
            t_6.append(
                '\n\nif _t.TYPE_CHECKING:',
            )
            l_2_loop = missing
            for l_2_section, l_2_loop in LoopContext(environment.getattr(l_1_m, 'type_checking'), undefined):
                _loop_vars = {}
                pass
                if (not environment.getattr(l_2_loop, 'first')):
                    pass
                    t_6.append(
                        '\n',
                    )
                for l_3_i in l_2_section:
                    _loop_vars = {}
                    pass
                    t_6.extend((
                        '\n    ',
                        str(t_2(t_1(context.call((undefined(name='import_statement') if l_0_import_statement is missing else l_0_import_statement), l_3_i, _loop_vars=_loop_vars), 4), 4)),
                    ))
                l_3_i = missing
            l_2_loop = l_2_section = missing
            if (environment.getattr(l_1_m, 'lazy') or environment.getattr(l_1_m, 'lazy_elsewhere')):
                pass
                t_6.append(
                    '\nelse:',
                )
                for l_2_name in environment.getattr(l_1_m, 'lazy'):
                    _loop_vars = {}
                    pass
                    t_6.extend((
                        '\n    ',
                        str(l_2_name),
                        ' = _serde.LazyModule(__package__, ',
                        str(t_4(l_2_name)),
                        ', globals())',
                    ))
                l_2_name = missing
                for (l_2_name, l_2_package) in environment.getattr(l_1_m, 'lazy_elsewhere'):
                    _loop_vars = {}
                    pass
                    t_6.extend((
                        '\n    ',
                        str(l_2_name),
                        ' = _serde.LazyModule(',
                        str(l_2_package),
                        ', ',
                        str(t_4(l_2_name)),
                        ', globals())',
                    ))
                l_2_name = l_2_package = missing
        return concat(t_6)
    context.exported_vars.add('imports')
    context.vars['imports'] = l_0_imports = Macro(environment, macro, 'imports', ('m',), False, False, False, context.eval_ctx.autoescape)

blocks = {}
debug_info = '3=36&4=41&6=69&7=75&8=78&9=84&10=87&11=93&14=97&15=103&16=106&17=111&19=120&20=125&21=136'