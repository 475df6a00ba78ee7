#pragma once
/// @file Decoder.h
/// @brief Turns any pasted form of an error into one certain answer, or says clearly why it cannot.

#include "diagnostics/errors/ErrorCatalog.h"
#include "diagnostics/errors/ErrorEntry.h"
#include "diagnostics/errors/ErrorHelp.h"

#include <string>
#include <string_view>
#include <vector>

namespace wsafix {

enum class DecodeStatus
{
    Decoded,   ///< exactly one error
    Ambiguous, ///< more than one error fits (a bare small number, two codes in one line): see candidates
    Unknown,   ///< nothing known fits: see notUnderstood and nearest
};

/// "decoded", "ambiguous", "unknown".
std::string_view decodeStatusName(DecodeStatus status);

/// One error the input can mean, and how the input leads to it.
struct DecodeCandidate
{
    const ErrorEntry* entry = nullptr;
    bool viaErrno = false; ///< reached through the Linux errno (EISCONN, errno 106)
    std::string reading;   ///< "'0x80072748': HRESULT 0x80072748 = HRESULT_FROM_WIN32(10056)"
};

struct DecodeResult
{
    DecodeStatus status = DecodeStatus::Unknown;
    std::string input;                       ///< the input as shown back: valid UTF-8, one line, shortened
    const ErrorEntry* entry = nullptr;       ///< the error, when decoded
    const ErrorHelp* help = nullptr;         ///< its plain-language help, when the catalog has some
    bool viaErrno = false;                   ///< the input named only the Linux errno of the error
    std::vector<DecodeCandidate> candidates; ///< the reading that decided it, or every reading when ambiguous
    std::vector<std::string> understood;     ///< what was read in the input, in plain words
    std::vector<std::string> notUnderstood;  ///< what could not be read or decided, in plain words
    std::vector<const ErrorEntry*> nearest;  ///< known codes close to what was typed, when not decoded
    ErrorNeighbours neighbours;              ///< the codes around the entry in its family, when decoded

    bool decoded() const { return status == DecodeStatus::Decoded; }
    /// What the error means in plain words: the help's text for users, else Microsoft's system message.
    std::string_view meaning() const;
};

/// Decodes anything a user may paste: "0x00002748", "10056", "WSAEISCONN", "errno 106", "0x80072748",
/// "Socket error # 10056", "[WinError 10056] ...", a .NET SocketException, a whole log line. Never throws on
/// content; the work is bounded by InputText::kMaxBytes.
DecodeResult decodeError(std::string_view text);

} // namespace wsafix
