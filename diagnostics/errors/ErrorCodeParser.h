#pragma once
/// @file ErrorCodeParser.h
/// @brief Finds error codes in any form users paste: numbers (decimal, hex, HRESULT), names and messages,
/// alone or inside a whole log line.

#include "diagnostics/errors/ErrorEntry.h"
#include "diagnostics/errors/InputText.h"

#include <string>
#include <string_view>
#include <vector>

namespace wsafix {

/// What introduced a number in the text.
enum class CodeMarker
{
    None,    ///< nothing: a bare number
    Windows, ///< WinError, WSAGetLastError, Socket error #, SocketException (...), HRESULT, hex forms
    Errno,   ///< errno, [Errno N]: a Linux errno below 10000
    Generic, ///< error, code, os error: says "a code" but not whose
};

/// One way to read a mention.
struct CodeReading
{
    const ErrorEntry* entry = nullptr;
    bool viaErrno = false; ///< read as the Linux errno twin of the entry
    std::string how;       ///< how the text leads to the entry: "HRESULT 0x80072748 is HRESULT_FROM_WIN32(10056)"
};

/// Something in the text that names, or tries to name, an error.
struct CodeMention
{
    enum class Kind
    {
        Number,
        Name,
        Message
    };

    Kind kind = Kind::Number;
    std::string text;       ///< as found: "Socket error # 10056", "EISCONN", "A connect request ..."
    std::size_t offset = 0; ///< where `text` starts in ParsedErrorText::input.text
    CodeMarker marker = CodeMarker::None;
    bool strong = false;               ///< a marker, a name, a message, or the whole input: it claims to be an error
    bool whole = false;                ///< the mention is all the input there is
    bool ambiguous = false;            ///< it can be read in more than one way (a small number: Windows code or errno)
    bool informational = false;        ///< it names no error by itself (E_FAIL on a .NET SocketException)
    std::vector<CodeReading> readings; ///< empty when it names nothing in the catalog
    std::string problem;               ///< why it names nothing, or what makes it ambiguous
    std::string note;                  ///< what an informational mention means
    std::vector<const ErrorEntry*> nearest; ///< known codes close to an unknown one
};

struct ParsedErrorText
{
    InputText input;
    std::vector<CodeMention> mentions; ///< in the order they appear
    std::vector<std::string> ignored;  ///< numbers without a marker that were not taken as codes (first few)
    std::size_t ignoredCount = 0;
};

/// Parses any bytes: never throws on content, and its work is linear in the (bounded) input.
///
/// How numbers are read:
/// - hex (0x2748, 0x00002748, 2748h) is a Windows code; 0x8007xxxx (and its negative decimal form) is
///   HRESULT_FROM_WIN32(xxxx); 0x80004005 is E_FAIL and names no error; other HRESULTs carry no Winsock code;
/// - after a Windows marker (WinError, Socket error #, SocketException (...), WSAGetLastError, HRESULT) a
///   decimal is a Windows code;
/// - after "errno" a decimal below 10000 is a Linux errno, from 10000 on a Winsock code (Python 2 on Windows);
/// - after a generic marker (error, code, os error) or alone: above 133 (Linux's highest errno) a Windows code,
///   up to 133 ambiguous between a Windows code and a Linux errno, both readings kept;
/// - inside a longer text without a marker, only numbers from 10000 on (or hex) that are known Winsock codes;
///   parts of addresses, times and dates (10.0.0.1:10056, 12:00:01, 2024-05-01) never.
ParsedErrorText parseErrorText(std::string_view raw);

} // namespace wsafix
