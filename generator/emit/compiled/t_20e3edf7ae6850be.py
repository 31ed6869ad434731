from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'project/pyproject.toml.jinja'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_api = resolve('api')
    try:
        t_1 = environment.filters['toml']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'toml' found.")
    pass
    yield '[build-system]\nrequires = ["setuptools>=61"]\nbuild-backend = "setuptools.build_meta"\n\n[project]\nname = '
    yield str(t_1(environment.getattr(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'project'), 'name')))
    yield '\nversion = '
    yield str(t_1(environment.getattr(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'project'), 'version')))
    yield '\ndescription = '
    yield str(t_1(environment.getattr(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'project'), 'description')))
    yield '\nreadme = "README.md"\nrequires-python = '
    yield str(t_1(environment.getattr(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'project'), 'requires_python')))
    yield '\ndependencies = ['
    for l_1_requirement in environment.getattr(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'project'), 'dependencies'):
        _loop_vars = {}
        pass
        yield '\n    '
        yield str(t_1(l_1_requirement))
        yield ','
    l_1_requirement = missing
    yield '\n]\n\n[tool.setuptools.packages.find]\ninclude = ['
    yield str(t_1(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'package')))
    yield ', '
    yield str(t_1(str_join((environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'package'), '.*', ))))
    yield ']\n\n[tool.setuptools.package-data]\n'
    yield str(t_1(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'package')))
    yield ' = ["py.typed"]\n'

blocks = {}
debug_info = '8=19&9=21&10=23&12=25&14=27&15=31&20=35&23=39'