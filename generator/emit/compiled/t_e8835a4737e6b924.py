from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = '_meta.py.jinja'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_api = resolve('api')
    try:
        t_1 = environment.filters['pyrepr']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'pyrepr' found.")
    pass
    yield '"""What this package was built from (read by ``opgen diff`` and by people)."""\n\nPACKAGE = '
    yield str(t_1(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'package')))
    yield '\nVERSION = '
    yield str(t_1(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'version')))
    yield '\n"""The spec\'s ``info.version``'
    if environment.getattr(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'client'), 'azure'):
        pass
        yield ' (for Azure specs, the api-version)'
    yield '."""\nTITLE = '
    yield str(t_1(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'title')))
    yield '\nGENERATOR_VERSION = '
    yield str(t_1(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'generator_version')))
    yield '\nSPEC_FILES = '
    yield str(t_1(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'spec_files')))
    yield '\nSPEC_SHA256 = '
    yield str(t_1(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'spec_sha256')))
    yield '\n"""SHA-256 over the input spec files\' names and bytes."""\n'

blocks = {}
debug_info = '3=19&4=21&5=23&6=27&7=29&8=31&9=33'