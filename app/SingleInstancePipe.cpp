#include "SingleInstancePipe.h"

#include "diagnostics/platform/windows/UserPipe.h"

namespace wsafix {

SingleInstancePipe::SingleInstancePipe(std::unique_ptr<win::UserPipeServer> server, QObject* parent)
    : QObject(parent), m_server(std::move(server))
{
    m_thread = std::thread([this] {
        while (!m_stopping) {
            // A client that is not this user in this session, or says nothing, is dropped inside receive().
            if (const auto request = m_server->receive(60000))
                emit received(QByteArray::fromStdString(*request));
        }
    });
}

SingleInstancePipe::~SingleInstancePipe()
{
    m_stopping = true;
    m_server->stop();
    m_thread.join();
}

} // namespace wsafix
