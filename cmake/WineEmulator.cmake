# Runs the cross-built .exe files (gtest discovery and CTest) under Wine with a private prefix
# under the build directory. scripts/wine-prefix boots that prefix and starts a persistent
# wineserver before anything here runs a Wine process.
find_program(WINE64_EXE NAMES wine64 PATHS /usr/lib/wine NO_DEFAULT_PATH)
if(NOT WINE64_EXE)
    find_program(WINE64_EXE NAMES wine64 wine)
endif()
if(NOT WINE64_EXE)
    message(WARNING "wine64 not found: Windows tests will be built but cannot run")
    return()
endif()
set(WSAFIX_WINEPREFIX "${CMAKE_BINARY_DIR}/wineprefix" CACHE PATH "Wine prefix used by the Windows tests")
set(CMAKE_CROSSCOMPILING_EMULATOR
    /usr/bin/env "WINEPREFIX=${WSAFIX_WINEPREFIX}" "WINEDEBUG=-all" "${WINE64_EXE}")
