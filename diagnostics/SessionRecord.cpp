#include "diagnostics/SessionRecord.h"

#include <chrono>
#include <cstdio>
#include <random>

namespace wsafix {
namespace {

struct UtcParts
{
    int year, month, day, hour, minute, second;
};

// Calendar arithmetic from <chrono>: thread-safe, unlike gmtime(), and the same on every platform.
UtcParts utcParts()
{
    using namespace std::chrono;
    const auto now = floor<seconds>(system_clock::now());
    const auto today = floor<days>(now);
    const year_month_day ymd{today};
    const hh_mm_ss hms{now - today};
    return {static_cast<int>(ymd.year()), static_cast<int>(static_cast<unsigned>(ymd.month())),
            static_cast<int>(static_cast<unsigned>(ymd.day())), static_cast<int>(hms.hours().count()),
            static_cast<int>(hms.minutes().count()), static_cast<int>(hms.seconds().count())};
}

} // namespace

std::string utcNow()
{
    const auto t = utcParts();
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02dT%02d:%02d:%02dZ", t.year, t.month, t.day, t.hour, t.minute,
                  t.second);
    return buffer;
}

void SessionRecord::note(std::string what) { timeline.push_back({utcNow(), std::move(what)}); }

SessionRecord SessionRecord::start()
{
    const auto t = utcParts();
    std::random_device entropy;
    char id[40];
    std::snprintf(id, sizeof id, "%04d%02d%02d-%02d%02d%02d-%04x", t.year, t.month, t.day, t.hour, t.minute, t.second,
                  entropy() & 0xffffu);
    SessionRecord record;
    record.id = id;
    record.created = utcNow();
    record.updated = record.created;
    return record;
}

} // namespace wsafix
