# KG_FUZZ: the libFuzzer build of tests/fuzz (scripts/fuzz.sh configures it in build-fuzz).
#
# With KG_FUZZ=ON the whole project is compiled with AddressSanitizer and
# UndefinedBehaviorSanitizer, plus the coverage instrumentation libFuzzer needs
# (-fsanitize=fuzzer-no-link); each harness in tests/fuzz is then linked with -fsanitize=fuzzer.
# Needs clang (Debian 12: the packages clang and libclang-rt-14-dev). The ordinary build
# (KG_FUZZ=OFF, any compiler) still builds the harnesses, as replay programs that feed the
# committed corpus and crash reproducers to them under ctest (label fuzz-replay).
option(KG_FUZZ "Build the libFuzzer harnesses of tests/fuzz with ASan and UBSan (clang only)" OFF)

if(KG_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
        message(FATAL_ERROR
            "KG_FUZZ=ON needs clang (libFuzzer), but the C++ compiler is ${CMAKE_CXX_COMPILER_ID}.\n"
            "Configure a separate build folder with -DCMAKE_CXX_COMPILER=clang++, or run "
            "scripts/fuzz.sh, which does that and installs what is missing.")
    endif()
    # -Wno-unknown-warning-option: clang does not know GCC's -Wshadow=local (KgCompilerSettings).
    add_compile_options(-fsanitize=address,undefined -fsanitize=fuzzer-no-link
        -fno-omit-frame-pointer -gline-tables-only -Wno-unknown-warning-option)
    add_link_options(-fsanitize=address,undefined)
    message(STATUS "KG_FUZZ: building with -fsanitize=address,undefined,fuzzer-no-link")
endif()
