# libFuzzer build (-DWSAFIX_BUILD_FUZZ=ON, clang only, its own build directory such as build/fuzz): the engine
# is compiled with AddressSanitizer, UndefinedBehaviorSanitizer and fuzzer coverage, and each parser gets a
# fuzz target that CTest runs for a bounded time (label "fuzz"). See tests/fuzz/README.md.
if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    message(FATAL_ERROR "WSAFIX_BUILD_FUZZ needs clang (libFuzzer): configure with -DCMAKE_CXX_COMPILER=clang++-14 "
        "-DCMAKE_C_COMPILER=clang-14 (packages clang-14 and libclang-rt-14-dev, scripts/install-deps)")
endif()

set(WSAFIX_FUZZ_SECONDS 20 CACHE STRING "How long CTest runs each fuzz target (libFuzzer -max_total_time)")
set(WSAFIX_FUZZ_RSS_MB 2048 CACHE STRING "Memory limit of a fuzz target (libFuzzer -rss_limit_mb)")

# Every engine object is instrumented; only the fuzz targets link libFuzzer's main.
target_compile_options(wsafix_options INTERFACE
    -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer)
target_link_options(wsafix_options INTERFACE -fsanitize=address,undefined)

# wsafix_add_fuzzer(NAME source...
#                   [SEEDS path...]             seed files, folders or globs, copied into the build tree
#                   [SEED_LINES file...]        one seed per non-empty line of each file
#                   [GENERATED kind]            seeds written at build time by `fuzz_seeds kind DIR`
#                   [DICT file]                 a libFuzzer dictionary
#                   [DEFINES name=value...])    compile definitions of the target's sources
# Builds fuzz target NAME and registers the CTest test "fuzz.NAME" (label fuzz): it runs NAME for
# WSAFIX_FUZZ_SECONDS over a fresh working corpus plus the seeds, and fails on any crash, leak, sanitizer
# report, time-out (-timeout, per input) or memory overrun. Crash inputs land in <build>/fuzz-artifacts/NAME/.
function(wsafix_add_fuzzer name)
    cmake_parse_arguments(ARG "" "GENERATED;DICT" "SEEDS;SEED_LINES;DEFINES" ${ARGN})
    add_executable(${name} ${ARG_UNPARSED_ARGUMENTS})
    target_compile_definitions(${name} PRIVATE ${ARG_DEFINES})
    target_link_libraries(${name} PRIVATE diagnostics wsafix_options)
    target_link_options(${name} PRIVATE -fsanitize=fuzzer)
    target_include_directories(${name} PRIVATE ${CMAKE_CURRENT_SOURCE_DIR})

    set(_seeds "${CMAKE_BINARY_DIR}/fuzz-seeds/${name}")
    set(_work "${CMAKE_BINARY_DIR}/fuzz-corpus/${name}")
    set(_artifacts "${CMAKE_BINARY_DIR}/fuzz-artifacts/${name}")
    file(REMOVE_RECURSE "${_seeds}")
    file(MAKE_DIRECTORY "${_seeds}" "${_work}" "${_artifacts}")
    foreach(_seed IN LISTS ARG_SEEDS)
        if(_seed MATCHES "[*?]")
            file(GLOB _files LIST_DIRECTORIES false "${_seed}")
        elseif(IS_DIRECTORY "${_seed}")
            file(GLOB _files LIST_DIRECTORIES false "${_seed}/*")
        elseif(EXISTS "${_seed}")
            set(_files "${_seed}")
        else()
            message(FATAL_ERROR "wsafix_add_fuzzer(${name}): seed '${_seed}' does not exist")
        endif()
        foreach(_file IN LISTS _files)
            get_filename_component(_parent "${_file}" DIRECTORY)
            get_filename_component(_parent "${_parent}" NAME)
            get_filename_component(_base "${_file}" NAME)
            configure_file("${_file}" "${_seeds}/${_parent}-${_base}" COPYONLY)
        endforeach()
    endforeach()
    foreach(_file IN LISTS ARG_SEED_LINES)
        file(STRINGS "${_file}" _lines)
        get_filename_component(_base "${_file}" NAME_WE)
        set(_index 0)
        foreach(_line IN LISTS _lines)
            if(NOT _line STREQUAL "")
                file(WRITE "${_seeds}/${_base}-line${_index}" "${_line}")
            endif()
            math(EXPR _index "${_index} + 1")
        endforeach()
        set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${_file}")
    endforeach()
    if(ARG_GENERATED)
        set(_generated "${CMAKE_BINARY_DIR}/fuzz-seeds/generated-${ARG_GENERATED}")
        add_custom_command(OUTPUT "${_generated}/.stamp"
            COMMAND fuzz_seeds ${ARG_GENERATED} "${_generated}"
            COMMAND ${CMAKE_COMMAND} -E touch "${_generated}/.stamp"
            DEPENDS fuzz_seeds
            COMMENT "Generating ${ARG_GENERATED} seeds for ${name}")
        add_custom_target(${name}_seeds ALL DEPENDS "${_generated}/.stamp")
        add_dependencies(${name} ${name}_seeds)
    endif()

    set(_options -max_total_time=${WSAFIX_FUZZ_SECONDS} -rss_limit_mb=${WSAFIX_FUZZ_RSS_MB} -timeout=10
        -print_final_stats=1 -artifact_prefix=${_artifacts}/)
    if(ARG_DICT)
        list(APPEND _options -dict=${ARG_DICT})
    endif()
    # The first corpus folder receives what the run discovers; the seed folders are only read.
    add_test(NAME fuzz.${name} COMMAND ${name} ${_options} "${_work}" "${_seeds}" ${_generated})
    math(EXPR _timeout "${WSAFIX_FUZZ_SECONDS} + 120")
    set_tests_properties(fuzz.${name} PROPERTIES LABELS fuzz TIMEOUT ${_timeout}
        ENVIRONMENT "ASAN_OPTIONS=detect_leaks=1:abort_on_error=0;UBSAN_OPTIONS=print_stacktrace=1")
endfunction()
