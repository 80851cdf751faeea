"""Offline stand-in for rules_cc: forwards to Bazel's native C++ rules.

Bazel 4.2.3 (Debian's bazel-bootstrap) loads @rules_cc from its own tool
BUILD files; with no network it cannot download it, so this forwards to the
native rules exactly as Debian's own Bazel build does.
"""

def cc_binary(**kwargs):
    native.cc_binary(**kwargs)

def cc_library(**kwargs):
    native.cc_library(**kwargs)

def cc_test(**kwargs):
    native.cc_test(**kwargs)

def cc_import(**kwargs):
    native.cc_import(**kwargs)

def cc_proto_library(**kwargs):
    native.cc_proto_library(**kwargs)

def cc_toolchain(**kwargs):
    native.cc_toolchain(**kwargs)

def cc_toolchain_suite(**kwargs):
    native.cc_toolchain_suite(**kwargs)
