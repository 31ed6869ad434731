from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'macros/type_str.jinja'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_decode = l_0_encode = missing
    pass
    def macro(l_1_t, l_1_expr, l_1_where, l_1_depth, l_1_element):
        t_1 = []
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
        t_1.extend((
            str(l_1_expr),
            ' if type(',
            str(l_1_expr),
            ') is str else _serde.wrong_type(',
            str(l_1_expr),
            ', ',
            str(l_1_where),
            ', "a string")',
        ))
        return concat(t_1)
    context.exported_vars.add('decode')
    context.vars['decode'] = l_0_decode = Macro(environment, macro, 'decode', ('t', 'expr', 'where', 'depth', 'element'), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_t, l_1_expr, l_1_depth, l_1_readonly, l_1_element):
        t_2 = []
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
        t_2.append(
            str(l_1_expr),
        )
        return concat(t_2)
    context.exported_vars.add('encode')
    context.vars['encode'] = l_0_encode = Macro(environment, macro, 'encode', ('t', 'expr', 'depth', 'readonly', 'element'), False, False, False, context.eval_ctx.autoescape)
    yield '\n'

blocks = {}
debug_info = '2=12&3=38'