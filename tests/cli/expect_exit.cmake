# Runs EXE with ARGS (a ;-list) and checks the exit code and that stderr contains EXPECTED_STDERR.
# Run it through tests/support/isolated.sh (KG_ISOLATED), which gives it a job cache of its own.
if(NOT DEFINED ENV{KUBEGRAM_DESKTOP_DB})
    message(FATAL_ERROR "run through tests/support/isolated.sh: no private job cache is set")
endif()
execute_process(COMMAND ${CMAKE_COMMAND} -E env --unset=DISPLAY --unset=WAYLAND_DISPLAY
        --unset=QT_QPA_PLATFORM ${EXE} ${ARGS}
    RESULT_VARIABLE code OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT "${code}" STREQUAL "${EXPECTED_CODE}")
    message(FATAL_ERROR "exit code ${code}, expected ${EXPECTED_CODE}\nstdout: ${out}\nstderr: ${err}")
endif()
if(DEFINED EXPECTED_STDERR AND NOT err MATCHES "${EXPECTED_STDERR}")
    message(FATAL_ERROR "stderr does not mention '${EXPECTED_STDERR}':\n${err}")
endif()
if(DEFINED EXPECTED_STDOUT AND NOT out MATCHES "${EXPECTED_STDOUT}")
    message(FATAL_ERROR "stdout does not mention '${EXPECTED_STDOUT}':\n${out}")
endif()
