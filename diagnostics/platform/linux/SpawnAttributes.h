#pragma once
// Owns posix_spawn attributes: the child's process group and signal state.

#include <csignal>
#include <spawn.h>

namespace wsafix::lnx {

class SpawnAttributes
{
public:
    SpawnAttributes() { m_ok = posix_spawnattr_init(&m_attributes) == 0; }
    ~SpawnAttributes()
    {
        if (m_ok)
            posix_spawnattr_destroy(&m_attributes);
    }
    SpawnAttributes(const SpawnAttributes&) = delete;
    SpawnAttributes& operator=(const SpawnAttributes&) = delete;

    /// A process group of its own (so that a time-out reaches grandchildren), and no blocked or
    /// ignored signals inherited from the caller (a GUI may ignore SIGPIPE).
    bool setUp()
    {
        sigset_t none, all;
        sigemptyset(&none);
        sigfillset(&all);
        return m_ok && posix_spawnattr_setpgroup(&m_attributes, 0) == 0 &&
               posix_spawnattr_setsigmask(&m_attributes, &none) == 0 &&
               posix_spawnattr_setsigdefault(&m_attributes, &all) == 0 &&
               posix_spawnattr_setflags(&m_attributes,
                                        POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF) == 0;
    }
    /// A session of its own (setsid), so that the child outlives its caller's terminal, session and process
    /// group (the auto-revert watchdog), and default signal state.
    bool setUpDetached()
    {
        sigset_t none, all;
        sigemptyset(&none);
        sigfillset(&all);
        return m_ok && posix_spawnattr_setsigmask(&m_attributes, &none) == 0 &&
               posix_spawnattr_setsigdefault(&m_attributes, &all) == 0 &&
               posix_spawnattr_setflags(&m_attributes,
                                        POSIX_SPAWN_SETSID | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF) == 0;
    }
    const posix_spawnattr_t* get() const { return &m_attributes; }

private:
    posix_spawnattr_t m_attributes{};
    bool m_ok = false;
};

} // namespace wsafix::lnx
