#include "SingleInstance.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QStandardPaths>
#include <QTimer>

#ifdef Q_OS_WIN
#include "SingleInstancePipe.h"

#include "diagnostics/platform/windows/UserPipe.h"
#endif

namespace wsafix {
namespace {

// "wsafix-handover 1\n" then "link <url in base64>\n" or "raise\n"; the answer is "ok\n".
const QByteArray kGreeting = QByteArrayLiteral("wsafix-handover 1\n");
const QByteArray kLink = QByteArrayLiteral("link ");
const QByteArray kRaise = QByteArrayLiteral("raise");
const QByteArray kOk = QByteArrayLiteral("ok\n");
constexpr int kReadTimeoutMs = 5000;

QString userName()
{
    for (const char* name : {"USER", "USERNAME", "LOGNAME"})
        if (const QString value = qEnvironmentVariable(name); !value.isEmpty())
            return value;
    return QStringLiteral("user");
}

} // namespace

SingleInstance::SingleInstance(QString serverName, QObject* parent) : QObject(parent), m_name(std::move(serverName)) {}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::serverNameFor(const QString& stateDir, const QString& scenario)
{
    const QString dir = stateDir.isEmpty() ? QString() : QFileInfo(stateDir).absoluteFilePath();
    const QByteArray key = (userName() + QChar(0) + dir + QChar(0) + scenario).toUtf8();
    const QString name =
        QStringLiteral("wsafix-") +
        QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(20));
#ifdef Q_OS_WIN
    // Pipe names are machine-wide, not per session: the engine's name holds the user's SID and session id.
    Q_UNUSED(name);
    return QString::fromStdString(win::userPipeName((dir + QChar(0) + scenario).toStdString()));
#else
    // The runtime directory is the user's own (mode 0700), unlike /tmp where QLocalServer puts bare names.
    const QString runtime = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    return runtime.isEmpty() ? name : QDir(runtime).filePath(name);
#endif
}

SingleInstance::HandOver SingleInstance::handTo(const QString& link, int timeoutMs)
{
    // Base64 keeps a hostile link's line breaks out of the protocol; the running wizard refuses it with a reason.
    const QByteArray message =
        kGreeting + (link.isEmpty() ? kRaise : kLink + link.toUtf8().left(kMaxLinkBytes).toBase64()) + '\n';
#ifdef Q_OS_WIN
    // Sent only to a server process of this user in this session; anything else counts as no answer.
    const auto sent =
        win::sendToUserPipe(m_name.toStdString(), message.toStdString(), static_cast<unsigned long>(timeoutMs));
    m_error = QString::fromStdString(sent.detail);
    return sent.outcome == win::PipeHandOver::Taken         ? HandOver::Taken
           : sent.outcome == win::PipeHandOver::NoneRunning ? HandOver::NoneRunning
                                                            : HandOver::NoAnswer;
#else
    QLocalSocket socket;
    socket.connectToServer(m_name);
    if (!socket.waitForConnected(timeoutMs))
        return HandOver::NoneRunning;
    socket.write(message);
    if (!socket.waitForBytesWritten(timeoutMs))
        return HandOver::NoAnswer;
    QByteArray reply;
    while (!reply.contains('\n') && socket.waitForReadyRead(timeoutMs))
        reply += socket.readAll();
    return reply == kOk ? HandOver::Taken : HandOver::NoAnswer;
#endif
}

bool SingleInstance::listen()
{
#ifdef Q_OS_WIN
    // A name somebody else created first is not used: this wizard then runs alone.
    std::string why;
    auto server = win::UserPipeServer::create(m_name.toStdString(), why);
    if (!server) {
        m_error = QString::fromStdString(why);
        return false;
    }
    m_pipe = new SingleInstancePipe(std::move(server), this);
    connect(
        m_pipe, &SingleInstancePipe::received, this,
        [this](const QByteArray& received) {
            QString link;
            deliver(parseRequest(received, link), link);
        },
        Qt::QueuedConnection);
    return true;
#else
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    m_server->setMaxPendingConnections(8);
    bool listening = m_server->listen(m_name);
    if (!listening && m_server->serverError() == QAbstractSocket::AddressInUseError) {
        // Another wizard may have started a moment ago: only a name nobody answers on is stale.
        if (handTo(QString(), 1000) == HandOver::NoneRunning) {
            QLocalServer::removeServer(m_name);
            listening = m_server->listen(m_name);
        }
    }
    if (!listening) {
        m_error = m_server->errorString();
        return false;
    }
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::accept);
    return true;
#endif
}

void SingleInstance::accept()
{
    while (QLocalSocket* socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] { read(socket); });
        // A client that connects and says nothing does not hold a socket for ever.
        QTimer::singleShot(kReadTimeoutMs, socket, [socket] { socket->abort(); });
    }
}

void SingleInstance::read(QLocalSocket* socket)
{
    if (socket->bytesAvailable() + socket->property("received").toByteArray().size() > kMaxMessage) {
        socket->abort();
        return;
    }
    QByteArray received = socket->property("received").toByteArray() + socket->readAll();
    socket->setProperty("received", received);
    if (received.count('\n') < 2)
        return;
    QString link;
    const Request request = parseRequest(received, link);
    if (request == Request::Junk) {
        socket->abort(); // not a wsafix launch
        return;
    }
    socket->write(kOk);
    socket->flush();
    deliver(request, link);
    socket->disconnectFromServer();
}

SingleInstance::Request SingleInstance::parseRequest(const QByteArray& received, QString& link)
{
    const QList<QByteArray> lines = received.split('\n');
    if (lines.size() != 3 || !lines[2].isEmpty() || lines[0] + '\n' != kGreeting)
        return Request::Junk;
    const QByteArray& request = lines[1];
    if (request == kRaise)
        return Request::Raise;
    if (!request.startsWith(kLink))
        return Request::Junk;
    link = QString::fromUtf8(QByteArray::fromBase64(request.mid(kLink.size())));
    return Request::Link;
}

void SingleInstance::deliver(Request request, const QString& link)
{
    if (request == Request::Raise)
        emit raiseRequested();
    else if (request == Request::Link)
        emit linkReceived(link);
}

} // namespace wsafix
