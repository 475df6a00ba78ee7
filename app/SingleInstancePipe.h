#pragma once
// The Windows side of SingleInstance: the engine's UserPipeServer (a pipe only this user, in this session, can
// create, open or answer; diagnostics/platform/windows/UserPipe.h) served on a thread of its own. Built only for
// Windows (app/CMakeLists.txt).

#include <QByteArray>
#include <QObject>

#include <atomic>
#include <memory>
#include <thread>

namespace wsafix {
namespace win {
class UserPipeServer;
}

class SingleInstancePipe : public QObject
{
    Q_OBJECT

public:
    explicit SingleInstancePipe(std::unique_ptr<win::UserPipeServer> server, QObject* parent = nullptr);
    ~SingleInstancePipe() override;

signals:
    /// A request of a launch of this user in this session (emitted on the serving thread: connect queued).
    void received(const QByteArray& request);

private:
    std::unique_ptr<win::UserPipeServer> m_server;
    std::atomic<bool> m_stopping{false};
    std::thread m_thread;
};

} // namespace wsafix
