"""A repository rule that wraps Debian's system libraries for Bazel.

Each library is described by its pkg-config name(s). The rule runs
pkg-config at fetch time and writes one cc_library per library with the
linker flags, preprocessor defines and include directories pkg-config
reports, so no flag is hard-coded in the tree and a Debian upgrade that moves
a library is picked up by `bazel sync`. Include directories outside
/usr/include's own search path (libxml2's /usr/include/libxml2) are
symlinked into the repository and exported through `includes`.
"""

def _pkg_config(ctx, flag, modules):
    result = ctx.execute(["pkg-config", flag] + modules)
    if result.return_code != 0:
        fail("pkg-config %s %s failed: %s\nRun tools/setup.sh to install the Debian packages." %
             (flag, " ".join(modules), result.stderr))
    return result.stdout.strip().split(" ") if result.stdout.strip() else []

def _system_libs_impl(ctx):
    build = ['package(default_visibility = ["//visibility:public"])', ""]
    for name, modules in ctx.attr.libraries.items():
        modules = modules.split(" ")

        # Entries starting with "-" are raw linker flags for the few Debian
        # libraries that ship no pkg-config file (CLD2).
        raw = [m for m in modules if m.startswith("-")]
        modules = [m for m in modules if not m.startswith("-")]
        linkopts = list(raw)
        for flag in (_pkg_config(ctx, "--libs", modules) if modules else []):
            if flag and flag not in linkopts:
                linkopts.append(flag)
        defines = []
        includes = []
        for flag in (_pkg_config(ctx, "--cflags", modules) if modules else []):
            if flag.startswith("-D"):
                defines.append(flag[2:])
            elif flag.startswith("-I"):
                path = flag[2:]
                link = "include_%s_%d" % (name, len(includes))
                ctx.symlink(path, link)
                includes.append(link)
        hdrs = ["%s/**" % inc for inc in includes]
        build.append("cc_library(")
        build.append("    name = %r," % name)
        if hdrs:
            build.append("    hdrs = glob(%r)," % hdrs)
            build.append("    includes = %r," % includes)
        build.append("    defines = %r," % defines)
        build.append("    linkopts = %r," % linkopts)
        build.append(")")
        build.append("")
    ctx.file("WORKSPACE", 'workspace(name = "%s")\n' % ctx.name)
    ctx.file("BUILD.bazel", "\n".join(build))

system_libs = repository_rule(
    implementation = _system_libs_impl,
    attrs = {
        # target name -> space-separated pkg-config module names
        "libraries": attr.string_dict(mandatory = True),
    },
    local = True,
)
