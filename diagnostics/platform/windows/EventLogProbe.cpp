#include "diagnostics/platform/windows/EventLogProbe.h"

#include "diagnostics/ProbeBudget.h"

#include "diagnostics/platform/windows/ErrorNames.h"
#include "diagnostics/platform/windows/Utf16.h"

#include <windows.h>
#include <winevt.h>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <map>
#include <memory>
#include <string>
#include <utility>

namespace wsafix::win {
namespace {

struct EvtCloser
{
    void operator()(EVT_HANDLE handle) const { EvtClose(handle); }
};
using EvtHandle = std::unique_ptr<void, EvtCloser>;

struct ChannelQuery
{
    const wchar_t* channel;
    const wchar_t* xpath;
    bool optional; ///< a missing channel is not a failure
};

// Both queries look back seven days (604800000 ms).
constexpr ChannelQuery kSystemQuery{
    .channel = L"System",
    .xpath = L"*[System[(Level=1 or Level=2) and TimeCreated[timediff(@SystemTime) <= 604800000]]]",
    .optional = false,
};
constexpr ChannelQuery kWinsockQuery{
    .channel = L"Microsoft-Windows-Winsock-WS2HELP/Operational",
    .xpath = L"*[System[(EventID=1 or EventID=2 or EventID=3 or EventID=4) and "
             L"TimeCreated[timediff(@SystemTime) <= 604800000]]]",
    .optional = true,
};

std::string meaning(DWORD error)
{
    constexpr std::pair<DWORD, const char*> kMeanings[] = {
        {ERROR_CALL_NOT_IMPLEMENTED, "the Windows Event Log API is not implemented on this system"},
        {ERROR_ACCESS_DENIED, "this user may not read the log"},
        {RPC_S_SERVER_UNAVAILABLE, "the Windows Event Log service is not running"},
        {RPC_S_UNKNOWN_IF, "the Windows Event Log service is not running"},
        {EPT_S_NOT_REGISTERED, "the Windows Event Log service is not running"},
        {ERROR_EVT_CHANNEL_NOT_FOUND, "the log does not exist"},
        {ERROR_EVT_INVALID_QUERY, "the log rejected the query"},
    };
    for (const auto& [value, text] : kMeanings)
        if (value == error)
            return text;
    return {};
}

std::string failure(const char* call, const ChannelQuery& query, DWORD error)
{
    std::string text = std::string(call) + " on the " + toUtf8(query.channel) + " log failed";
    // Wine's stubs return no handle and leave the error at 0.
    if (error == 0)
        return text + " without an error code: the Windows Event Log API is not implemented on this system";
    text += ": " + describeWin32Error(error);
    if (const std::string why = meaning(error); !why.empty())
        text += ": " + why;
    return text;
}

std::string isoTime(ULONGLONG fileTime)
{
    FILETIME time{static_cast<DWORD>(fileTime & 0xFFFFFFFF), static_cast<DWORD>(fileTime >> 32)};
    SYSTEMTIME utc{};
    if (!FileTimeToSystemTime(&time, &utc))
        return {};
    char text[32];
    std::snprintf(text, sizeof text, "%04u-%02u-%02uT%02u:%02u:%02uZ", utc.wYear, utc.wMonth, utc.wDay, utc.wHour,
                  utc.wMinute, utc.wSecond);
    return text;
}

std::string levelName(unsigned level)
{
    // 0 (LogAlways), 4 (Informational) and 5 (Verbose) all read as info.
    constexpr const char* kLevels[] = {"info", "critical", "error", "warning"};
    return level < std::size(kLevels) ? kLevels[level] : "info";
}

class EventReader
{
public:
    /// Reads until `limit` events are held in all. Empty on success, else why the channel could not be read.
    std::string read(const ChannelQuery& query, std::size_t limit)
    {
        SetLastError(0);
        EvtHandle results(
            EvtQuery(nullptr, query.channel, query.xpath, EvtQueryChannelPath | EvtQueryReverseDirection));
        if (!results) {
            const DWORD error = GetLastError();
            if (query.optional && (error == ERROR_EVT_CHANNEL_NOT_FOUND || error == ERROR_EVT_INVALID_CHANNEL_PATH))
                return {};
            return failure("EvtQuery", query, error);
        }
        while (m_events.size() < limit && !ProbeBudget::checkpoint()) {
            EVT_HANDLE batch[32];
            DWORD returned = 0;
            const DWORD wanted = static_cast<DWORD>(std::min<std::size_t>(std::size(batch), limit - m_events.size()));
            if (!EvtNext(results.get(), wanted, batch, 10000, 0, &returned)) {
                const DWORD error = GetLastError();
                return error == ERROR_NO_MORE_ITEMS ? std::string() : failure("EvtNext", query, error);
            }
            std::vector<EvtHandle> events;
            for (DWORD i = 0; i < returned; ++i)
                events.emplace_back(batch[i]);
            // Created only once there is an event to render: Wine lacks EvtCreateRenderContext,
            // and calling a function Wine lacks aborts the process.
            if (!m_context) {
                SetLastError(0);
                m_context.reset(EvtCreateRenderContext(0, nullptr, EvtRenderContextSystem));
                if (!m_context)
                    return failure("EvtCreateRenderContext", query, GetLastError());
            }
            for (const auto& event : events)
                render(event.get());
        }
        return {};
    }

    std::vector<EventEntry> take()
    {
        std::stable_sort(m_events.begin(), m_events.end(),
                         [](const EventEntry& a, const EventEntry& b) { return a.time > b.time; });
        return std::move(m_events);
    }

private:
    void render(EVT_HANDLE event)
    {
        DWORD used = 0;
        DWORD count = 0;
        std::vector<std::uint64_t> buffer;
        if (!EvtRender(m_context.get(), event, EvtRenderEventValues, 0, nullptr, &used, &count)) {
            if (GetLastError() != ERROR_INSUFFICIENT_BUFFER)
                return;
            buffer.assign(used / sizeof(std::uint64_t) + 1, 0);
            if (!EvtRender(m_context.get(), event, EvtRenderEventValues, used, buffer.data(), &used, &count))
                return;
        }
        const auto* values = reinterpret_cast<const EVT_VARIANT*>(buffer.data());
        const auto has = [&](EVT_SYSTEM_PROPERTY_ID id, EVT_VARIANT_TYPE type) {
            return static_cast<DWORD>(id) < count && values[id].Type == static_cast<DWORD>(type);
        };
        EventEntry entry;
        std::wstring provider;
        if (has(EvtSystemProviderName, EvtVarTypeString)) {
            provider = values[EvtSystemProviderName].StringVal;
            entry.source = toUtf8(provider);
        }
        if (has(EvtSystemEventID, EvtVarTypeUInt16))
            entry.eventId = values[EvtSystemEventID].UInt16Val;
        entry.level = levelName(has(EvtSystemLevel, EvtVarTypeByte) ? values[EvtSystemLevel].ByteVal : 4);
        if (has(EvtSystemTimeCreated, EvtVarTypeFileTime))
            entry.time = isoTime(values[EvtSystemTimeCreated].FileTimeVal);
        entry.message = message(provider, event);
        m_events.push_back(std::move(entry));
    }

    /// The event's text from its provider's message table; empty when the provider has none here.
    std::string message(const std::wstring& provider, EVT_HANDLE event)
    {
        auto [it, inserted] = m_publishers.try_emplace(provider);
        if (inserted && !provider.empty())
            it->second.reset(EvtOpenPublisherMetadata(nullptr, provider.c_str(), nullptr, 0, 0));
        if (!it->second)
            return {};
        DWORD used = 0;
        EvtFormatMessage(it->second.get(), event, 0, 0, nullptr, EvtFormatMessageEvent, 0, nullptr, &used);
        if (GetLastError() != ERROR_INSUFFICIENT_BUFFER || used == 0)
            return {};
        std::wstring text(used, L'\0');
        if (!EvtFormatMessage(it->second.get(), event, 0, 0, nullptr, EvtFormatMessageEvent, used, text.data(), &used))
            return {};
        text.resize(text.find(L'\0') == std::wstring::npos ? text.size() : text.find(L'\0'));
        return toUtf8(text);
    }

    EvtHandle m_context;
    std::map<std::wstring, EvtHandle> m_publishers;
    std::vector<EventEntry> m_events;
};

} // namespace

Probed<std::vector<EventEntry>> readEvents(std::size_t limit)
{
    EventReader reader;
    // Some room is kept for the Winsock events: they are few, and a busy System log must not crowd them out.
    const std::size_t systemLimit = limit - std::min<std::size_t>(limit / 10, 50);
    if (const std::string why = reader.read(kSystemQuery, systemLimit); !why.empty())
        return Probed<std::vector<EventEntry>>::unavailable(why);
    if (const std::string why = reader.read(kWinsockQuery, limit); !why.empty())
        return Probed<std::vector<EventEntry>>::unavailable(why);
    return Probed<std::vector<EventEntry>>::ok(reader.take());
}

} // namespace wsafix::win
