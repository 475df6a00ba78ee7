# GoogleTest for both builds: Debian's prebuilt libgtest natively, /usr/src/googletest compiled
# by the mingw-w64 cross compiler for the Windows build (whose tests run under Wine).
include(GoogleTest)
if(CMAKE_CROSSCOMPILING)
    if(NOT TARGET gtest)
        set(gtest_force_shared_crt OFF CACHE BOOL "" FORCE)
        set(INSTALL_GTEST OFF CACHE BOOL "" FORCE)
        add_subdirectory(/usr/src/googletest ${CMAKE_BINARY_DIR}/googletest EXCLUDE_FROM_ALL)
    endif()
    set(WSAFIX_GTEST_LIBS gtest gmock gtest_main)
    set(WSAFIX_TEST_LABEL wine)
else()
    find_package(GTest REQUIRED)
    set(WSAFIX_GTEST_LIBS GTest::gtest GTest::gmock GTest::gtest_main)
    set(WSAFIX_TEST_LABEL engine)
endif()

# wsafix_add_gtest(NAME src... [LABELS extra...] [LIBS lib...] [LOCK resource])
# Each TEST() becomes its own CTest test, labelled "engine" natively and "wine" under Wine. LOCK: tests of every
# executable naming the same resource never run at the same time (CTest RESOURCE_LOCK), e.g. a real service.
function(wsafix_add_gtest name)
    cmake_parse_arguments(ARG "" "LOCK" "LABELS;LIBS" ${ARGN})
    add_executable(${name} ${ARG_UNPARSED_ARGUMENTS})
    set_target_properties(${name} PROPERTIES AUTOMOC OFF) # GoogleTest suites have no Qt classes
    target_link_libraries(${name} PRIVATE diagnostics wsafix_options ${ARG_LIBS} ${WSAFIX_GTEST_LIBS})
    target_compile_definitions(${name} PRIVATE
        WSAFIX_SOURCE_DIR="${PROJECT_SOURCE_DIR}" WSAFIX_BINARY_DIR="${CMAKE_BINARY_DIR}")
    set(_prefix "")
    if(CMAKE_CROSSCOMPILING)
        set(_prefix "wine.")
    endif()
    # PROPERTIES is a flat key/value list: a label list must keep its ';' escaped to stay one value.
    set(_labels ${WSAFIX_TEST_LABEL} ${ARG_LABELS})
    string(REPLACE ";" "\\;" _labels "${_labels}")
    set(_lock "")
    if(ARG_LOCK)
        set(_lock RESOURCE_LOCK ${ARG_LOCK})
    endif()
    gtest_discover_tests(${name}
        TEST_PREFIX "${_prefix}"
        DISCOVERY_TIMEOUT 120
        NO_PRETTY_VALUES # parameter values (log lines, raw bytes) make poor and unstable test names
        PROPERTIES LABELS "${_labels}" TIMEOUT 120 ${_lock})
endfunction()
