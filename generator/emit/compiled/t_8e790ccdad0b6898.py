from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'macros/type_union.jinja'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_decode = l_0_encode = l_0_classes = missing
    try:
        t_1 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_2 = environment.filters['list']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'list' found.")
    try:
        t_3 = environment.filters['map']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'map' found.")
    try:
        t_4 = environment.filters['pyrepr']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'pyrepr' found.")
    try:
        t_5 = environment.filters['selectattr']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'selectattr' found.")
    pass
    def macro(l_1_t, l_1_expr, l_1_where, l_1_depth, l_1_element):
        t_6 = []
        l_1_u = missing
        if l_1_t is missing:
            l_1_t = undefined("parameter 't' was not provided", name='t')
        if l_1_expr is missing:
            l_1_expr = undefined("parameter 'expr' was not provided", name='expr')
        if l_1_where is missing:
            l_1_where = undefined("parameter 'where' was not provided", name='where')
        if l_1_depth is missing:
            l_1_depth = undefined("parameter 'depth' was not provided", name='depth')
        if l_1_element is missing:
            l_1_element = undefined("parameter 'element' was not provided", name='element')
        pass
        l_1_u = ('_u%d' % l_1_depth)
        t_6.extend((
            '_t.cast(',
            str(t_4(environment.getattr(l_1_t, 'annotation'))),
            ', _unions.',
        ))
        if environment.getattr(l_1_t, 'discriminator'):
            pass
            t_6.extend((
                'tagged(',
                str(l_1_expr),
                ', ',
                str(l_1_where),
                ', ',
                str(t_4(environment.getattr(l_1_t, 'discriminator'))),
                ', ',
                str(t_4(environment.getattr(l_1_t, 'tags'))),
                ', (',
            ))
        else:
            pass
            t_6.extend((
                'one_of(',
                str(l_1_expr),
                ', ',
                str(l_1_where),
                ', (',
            ))
        for l_2_v in environment.getattr(l_1_t, 'variants'):
            _loop_vars = {}
            pass
            t_6.extend((
                '(',
                str(t_4(environment.getattr(l_2_v, 'json_type'))),
                ', ',
                str(t_4(environment.getattr(l_2_v, 'required_keys'))),
                ', lambda ',
                str((undefined(name='u') if l_1_u is missing else l_1_u)),
                ': ',
                str(context.call(l_1_element, l_2_v, (undefined(name='u') if l_1_u is missing else l_1_u), l_1_where, (l_1_depth + 1), _loop_vars=_loop_vars)),
                '), ',
            ))
        l_2_v = missing
        t_6.append(
            ')))',
        )
        return concat(t_6)
    context.exported_vars.add('decode')
    context.vars['decode'] = l_0_decode = Macro(environment, macro, 'decode', ('t', 'expr', 'where', 'depth', 'element'), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_t, l_1_expr, l_1_depth, l_1_readonly, l_1_element):
        t_7 = []
        l_1_models = missing
        if l_1_t is missing:
            l_1_t = undefined("parameter 't' was not provided", name='t')
        if l_1_expr is missing:
            l_1_expr = undefined("parameter 'expr' was not provided", name='expr')
        if l_1_depth is missing:
            l_1_depth = undefined("parameter 'depth' was not provided", name='depth')
        if l_1_readonly is missing:
            l_1_readonly = undefined("parameter 'readonly' was not provided", name='readonly')
        if l_1_element is missing:
            l_1_element = undefined("parameter 'element' was not provided", name='element')
        pass
        l_1_models = t_2(context.eval_ctx, t_5(context, environment.getattr(l_1_t, 'variants'), 'kind', 'equalto', 'model'))
        if (t_1((undefined(name='models') if l_1_models is missing else l_1_models)) == t_1(environment.getattr(l_1_t, 'variants'))):
            pass
            t_7.append(
                str(context.call(l_1_element, environment.getitem((undefined(name='models') if l_1_models is missing else l_1_models), 0), l_1_expr, l_1_depth, l_1_readonly)),
            )
        elif environment.getattr(l_1_t, 'converts'):
            pass
            t_7.append(
                '(',
            )
            def t_8(fiter):
                for l_2_v in fiter:
                    if (environment.getattr(l_2_v, 'converts') and (environment.getattr(l_2_v, 'kind') != 'model')):
                        yield l_2_v
            for l_2_v in t_8(environment.getattr(l_1_t, 'variants')):
                _loop_vars = {}
                pass
                t_7.extend((
                    str(context.call(l_1_element, l_2_v, l_1_expr, l_1_depth, l_1_readonly, _loop_vars=_loop_vars)),
                    ' if isinstance(',
                    str(l_1_expr),
                    ', ',
                    str(context.call((undefined(name='classes') if l_0_classes is missing else l_0_classes), environment.getattr(l_2_v, 'classes'), _loop_vars=_loop_vars)),
                    ') else ',
                ))
            l_2_v = missing
            if (undefined(name='models') if l_1_models is missing else l_1_models):
                pass
                t_7.extend((
                    str(context.call(l_1_element, environment.getitem((undefined(name='models') if l_1_models is missing else l_1_models), 0), l_1_expr, l_1_depth, l_1_readonly)),
                    ' if isinstance(',
                    str(l_1_expr),
                    ', ',
                    str(context.call((undefined(name='classes') if l_0_classes is missing else l_0_classes), t_2(context.eval_ctx, t_3(context, (undefined(name='models') if l_1_models is missing else l_1_models), attribute='name')))),
                    ') else ',
                ))
            t_7.extend((
                str(l_1_expr),
                ')',
            ))
        else:
            pass
            t_7.append(
                str(l_1_expr),
            )
        return concat(t_7)
    context.exported_vars.add('encode')
    context.vars['encode'] = l_0_encode = Macro(environment, macro, 'encode', ('t', 'expr', 'depth', 'readonly', 'element'), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_names):
        t_9 = []
        l_1_ref = resolve('ref')
        if l_1_names is missing:
            l_1_names = undefined("parameter 'names' was not provided", name='names')
        pass
        if (t_1(l_1_names) == 1):
            pass
            t_9.append(
                str(context.call((undefined(name='ref') if l_1_ref is missing else l_1_ref), environment.getitem(l_1_names, 0))),
            )
        else:
            pass
            t_9.append(
                '(',
            )
            l_2_loop = missing
            for l_2_c, l_2_loop in LoopContext(l_1_names, undefined):
                _loop_vars = {}
                pass
                t_9.extend((
                    str(context.call((undefined(name='ref') if l_1_ref is missing else l_1_ref), l_2_c, _loop_vars=_loop_vars)),
                    str((', ' if (not environment.getattr(l_2_loop, 'last')) else cond_expr_undefined("the inline if-expression on line 31 in 'macros/type_union.jinja' evaluated to false and no else section was defined."))),
                ))
            l_2_loop = l_2_c = missing
            t_9.append(
                ')',
            )
        return concat(t_9)
    context.exported_vars.add('classes')
    context.vars['classes'] = l_0_classes = Macro(environment, macro, 'classes', ('names',), False, False, False, context.eval_ctx.autoescape)
    yield '\n'

blocks = {}
debug_info = '6=42&7=56&8=59&9=62&10=79&12=84&15=105&16=119&17=120&18=125&20=130&21=138&22=146&23=149&24=157&25=163&29=168&30=174&31=185'