# Project-wide options in one INTERFACE target (after qBittorrent's CommonConfig.cmake).
# Every wsafix target links wsafix_options; nothing sets flags on its own.
option(WSAFIX_WERROR "Treat warnings as errors (on in CI)" OFF)

add_library(wsafix_options INTERFACE)
target_compile_features(wsafix_options INTERFACE cxx_std_20)
set(CMAKE_CXX_EXTENSIONS OFF)
set(CMAKE_EXPORT_COMPILE_COMMANDS ON)

target_compile_options(wsafix_options INTERFACE -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor
    -Wold-style-cast -Wcast-align -Woverloaded-virtual -Wnull-dereference)
if(WSAFIX_WERROR)
    target_compile_options(wsafix_options INTERFACE -Werror)
endif()

target_compile_definitions(wsafix_options INTERFACE
    WSAFIX_VERSION="${PROJECT_VERSION}"
    QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_CONTEXTLESS_CONNECT QT_NO_URL_CAST_FROM_STRING)

if(WIN32)
    target_compile_definitions(wsafix_options INTERFACE
        WIN32_LEAN_AND_MEAN NOMINMAX UNICODE _UNICODE _WIN32_WINNT=0x0A00 WINVER=0x0A00)
endif()
