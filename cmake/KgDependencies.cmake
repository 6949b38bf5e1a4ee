# Finds every third-party dependency once, with a clear message when one is missing.
# scripts/setup.sh installs all of them on Debian 12.

set(KG_QT_MIN_VERSION 6.4)
find_package(Qt6 ${KG_QT_MIN_VERSION} REQUIRED COMPONENTS
    Core Gui Network WebSockets Sql NetworkAuth Widgets Svg LinguistTools)
if(BUILD_TESTING)
    find_package(Qt6 ${KG_QT_MIN_VERSION} REQUIRED COMPONENTS Test)
endif()

find_package(yaml-cpp REQUIRED)
if(TARGET yaml-cpp::yaml-cpp)
    set(KG_YAML_CPP_TARGET yaml-cpp::yaml-cpp)
else()
    set(KG_YAML_CPP_TARGET yaml-cpp) # yaml-cpp 0.7 exports a plain target
endif()
# core/io/YamlTree.cpp writes scalars it has proven plain through a specialization of yaml-cpp's
# Emitter that calls its private steps, which doubles the engine's speed. That reaches into
# yaml-cpp's internals, so it is enabled only for the version that the YamlWriter tests in
# tests/core/local_engine_test.cpp check it against (0.7.0, Debian 12's); any other version
# takes the public API.
set(KG_YAML_FAST_PLAIN_VERSION 0.7.0)
if(yaml-cpp_VERSION VERSION_EQUAL KG_YAML_FAST_PLAIN_VERSION)
    set(KG_YAML_FAST_PLAIN ON)
else()
    set(KG_YAML_FAST_PLAIN OFF)
    message(STATUS "yaml-cpp ${yaml-cpp_VERSION}: the emitter's plain-scalar fast path is off "
        "(checked for ${KG_YAML_FAST_PLAIN_VERSION} only)")
endif()

# libyaml: the parser every YAML reader runs on (about ten times yaml-cpp's parser's speed);
# yaml-cpp stays for the emitter.
find_package(PkgConfig REQUIRED)
pkg_check_modules(LIBYAML REQUIRED IMPORTED_TARGET yaml-0.1)

find_package(Qt6Keychain REQUIRED)

# KSyntaxHighlighting: KF6 on newer systems, else the Qt 6 build of KF5 5.116 made by
# scripts/setup.sh (Debian 12 only ships a Qt 5 build, which must not be picked up).
find_package(KF6SyntaxHighlighting QUIET CONFIG)
if(KF6SyntaxHighlighting_FOUND)
    set(KG_KSH_TARGET KF6::SyntaxHighlighting)
    set(KG_KSH_VERSION ${KF6SyntaxHighlighting_VERSION})
else()
    find_package(KF5SyntaxHighlighting 5.103 QUIET CONFIG)
    if(NOT KF5SyntaxHighlighting_FOUND)
        message(FATAL_ERROR
            "KSyntaxHighlighting for Qt 6 was not found.\n"
            "Run scripts/setup.sh, which builds it into ${KG_DEPS_PREFIX}/ksyntaxhighlighting, "
            "or point CMAKE_PREFIX_PATH at a KF6SyntaxHighlighting installation.")
    endif()
    get_target_property(_kg_ksh_links KF5::SyntaxHighlighting INTERFACE_LINK_LIBRARIES)
    if(NOT "${_kg_ksh_links}" MATCHES "Qt6::")
        message(FATAL_ERROR
            "Found KF5SyntaxHighlighting in ${KF5SyntaxHighlighting_DIR}, but it is the Qt 5 build "
            "(its link interface is '${_kg_ksh_links}'). Run scripts/setup.sh to build the Qt 6 one.")
    endif()
    set(KG_KSH_TARGET KF5::SyntaxHighlighting)
    set(KG_KSH_VERSION ${KF5SyntaxHighlighting_VERSION})
endif()
message(STATUS "KSyntaxHighlighting ${KG_KSH_VERSION} (${KG_KSH_TARGET})")

if(BUILD_TESTING)
    find_package(GTest REQUIRED)
    include(GoogleTest)
endif()
if(BUILD_TESTING AND KG_BUILD_BENCHMARKS)
    find_package(benchmark QUIET)
endif()

# dtl (Debian libdtl-dev): header-only Myers O(ND) diff, used by kg::core's core/diff.
find_path(KG_DTL_INCLUDE_DIR NAMES dtl/dtl.hpp)
if(NOT KG_DTL_INCLUDE_DIR)
    message(FATAL_ERROR
        "dtl (the header-only diff library, <dtl/dtl.hpp>) was not found.\n"
        "On Debian/Ubuntu install libdtl-dev, or set KG_DTL_INCLUDE_DIR to the folder holding dtl/.")
endif()

# QuaZip for Qt 6 (Debian libquazip1-qt6-dev): zip archives as an export target.
find_package(QuaZip-Qt6 CONFIG)
if(NOT QuaZip-Qt6_FOUND OR NOT TARGET QuaZip::QuaZip)
    message(FATAL_ERROR
        "QuaZip for Qt 6 was not found (CMake package QuaZip-Qt6, target QuaZip::QuaZip).\n"
        "On Debian/Ubuntu install libquazip1-qt6-dev, or point CMAKE_PREFIX_PATH at it.")
endif()
