# Checks the layering of core/: every #include "<folder>/…" of a file in core/<folder>/ must
# point at a folder of a lower layer (or its own folder). No exceptions.
#
#   cmake -DROOT=<checkout> -P tests/layering/check_core_layers.cmake
#
# The layers, lowest first; folders on one layer must not include each other.
set(_layers
    "util app settings i18n" # foundations: results, application facts, preferences, languages
    "model"                  # the graph, its documents and the node kind catalog
    "layout"                 # auto-layout
    "commands io"            # undoable edits and edit operations; file formats, importers
    "validate codegen"       # graph and manifest validation; the local engine
    "diff export"            # comparing results; writing files and archives
    "store"                  # the job and project cache
    "remote"                 # the Kubegram server: client, jobs, the remote backend
    "session"                # the application's flows, for the window and the command line
)

if(NOT ROOT)
    message(FATAL_ERROR "pass -DROOT=<checkout>")
endif()
set(_rank 0)
foreach(_layer IN LISTS _layers)
    string(REPLACE " " ";" _folders "${_layer}")
    foreach(_folder IN LISTS _folders)
        set(_rank_of_${_folder} ${_rank})
    endforeach()
    math(EXPR _rank "${_rank} + 1")
endforeach()

file(GLOB_RECURSE _files RELATIVE "${ROOT}/core" "${ROOT}/core/*.h" "${ROOT}/core/*.cpp")
set(_violations "")
set(_checked 0)
foreach(_file IN LISTS _files)
    string(REGEX MATCH "^[^/]+" _from "${_file}")
    if(_from STREQUAL _file)
        continue() # a file directly in core/
    endif()
    if(NOT DEFINED _rank_of_${_from})
        string(APPEND _violations "  core/${_file}: folder core/${_from}/ is on no layer\n")
        continue()
    endif()
    file(STRINGS "${ROOT}/core/${_file}" _includes REGEX "^[ \t]*#[ \t]*include[ \t]+\"[^\"/]+/")
    foreach(_line IN LISTS _includes)
        string(REGEX REPLACE "^[ \t]*#[ \t]*include[ \t]+\"([^\"/]+)/.*$" "\\1" _to "${_line}")
        math(EXPR _checked "${_checked} + 1")
        if(_to STREQUAL _from)
            continue()
        endif()
        if(NOT DEFINED _rank_of_${_to})
            string(APPEND _violations "  core/${_file}: includes ${_to}/, which is no folder of core\n")
        elseif(NOT _rank_of_${_to} LESS _rank_of_${_from})
            string(APPEND _violations
                "  core/${_file}: ${_from}/ (layer ${_rank_of_${_from}}) includes ${_to}/ (layer ${_rank_of_${_to}})\n")
        endif()
    endforeach()
endforeach()

if(_checked EQUAL 0)
    message(FATAL_ERROR "no include of core/ was checked under ${ROOT}: wrong ROOT?")
endif()
if(_violations)
    message(FATAL_ERROR "core/ breaks its layering (see tests/layering/check_core_layers.cmake):\n${_violations}")
endif()
message(STATUS "core/ layering holds: ${_checked} includes checked")
