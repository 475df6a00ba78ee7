#include "SingleInstance.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QStandardPaths>
#include <QTimer>

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
    return name; // pipes are per session; the hash includes the user name
#else
    // The runtime directory is the user's own (mode 0700), unlike /tmp where QLocalServer puts bare names.
    const QString runtime = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    return runtime.isEmpty() ? name : QDir(runtime).filePath(name);
#endif
}

SingleInstance::HandOver SingleInstance::handTo(const QString& link, int timeoutMs)
{
    QLocalSocket socket;
    socket.connectToServer(m_name);
    if (!socket.waitForConnected(timeoutMs))
        return HandOver::NoneRunning;
    // Base64 keeps a hostile link's line breaks out of the protocol; the running wizard refuses it with a reason.
    const QByteArray payload = link.toUtf8().left(kMaxLinkBytes).toBase64();
    socket.write(kGreeting + (link.isEmpty() ? kRaise : kLink + payload) + '\n');
    if (!socket.waitForBytesWritten(timeoutMs))
        return HandOver::NoAnswer;
    QByteArray reply;
    while (!reply.contains('\n') && socket.waitForReadyRead(timeoutMs))
        reply += socket.readAll();
    return reply == kOk ? HandOver::Taken : HandOver::NoAnswer;
}

bool SingleInstance::listen()
{
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
    const QList<QByteArray> lines = received.split('\n');
    if (lines.size() != 3 || !lines[2].isEmpty() || lines[0] + '\n' != kGreeting) {
        socket->abort(); // not a wsafix launch
        return;
    }
    const QByteArray& request = lines[1];
    if (request == kRaise) {
        socket->write(kOk);
        socket->flush();
        emit raiseRequested();
    } else if (request.startsWith(kLink)) {
        socket->write(kOk);
        socket->flush();
        emit linkReceived(QString::fromUtf8(QByteArray::fromBase64(request.mid(kLink.size()))));
    } else {
        socket->abort();
        return;
    }
    socket->disconnectFromServer();
}

} // namespace wsafix
