# Compile definitions and warnings shared by every Kubegram Desktop target (docs/STYLE.md §5).
add_library(kg_compile_options INTERFACE)
add_library(kg::compile_options ALIAS kg_compile_options)

target_compile_definitions(kg_compile_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_FOREACH
    QT_NO_KEYWORDS
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    $<$<CONFIG:Release>:QT_NO_DEBUG_OUTPUT>)

target_compile_options(kg_compile_options INTERFACE
    $<$<CXX_COMPILER_ID:GNU,Clang>:-Wall -Wextra -Wpedantic -Wshadow=local -Wnon-virtual-dtor>
    $<$<AND:$<CXX_COMPILER_ID:GNU,Clang>,$<BOOL:${KG_WARNINGS_AS_ERRORS}>>:-Werror>
    $<$<CXX_COMPILER_ID:MSVC>:/W4 /permissive->)
