#pragma once
// Owns posix_spawn file actions: what the child's descriptors are when it starts.

#include <fcntl.h>
#include <spawn.h>

namespace wsafix::lnx {

class SpawnFileActions
{
public:
    SpawnFileActions() { m_ok = posix_spawn_file_actions_init(&m_actions) == 0; }
    ~SpawnFileActions()
    {
        if (m_ok)
            posix_spawn_file_actions_destroy(&m_actions);
    }
    SpawnFileActions(const SpawnFileActions&) = delete;
    SpawnFileActions& operator=(const SpawnFileActions&) = delete;

    /// stdin from /dev/null, stdout and stderr onto the given pipe ends, nothing else inherited.
    bool setUp(int outFd, int errFd)
    {
        // dup2 clears close-on-exec on 1 and 2; closefrom(3) drops whatever the caller left inheritable.
        return m_ok && posix_spawn_file_actions_addopen(&m_actions, 0, "/dev/null", O_RDONLY, 0) == 0 &&
               posix_spawn_file_actions_adddup2(&m_actions, outFd, 1) == 0 &&
               posix_spawn_file_actions_adddup2(&m_actions, errFd, 2) == 0 &&
               posix_spawn_file_actions_addclosefrom_np(&m_actions, 3) == 0;
    }
    const posix_spawn_file_actions_t* get() const { return &m_actions; }

private:
    posix_spawn_file_actions_t m_actions{};
    bool m_ok = false;
};

} // namespace wsafix::lnx
