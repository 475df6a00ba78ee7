#pragma once
// One wizard per user, state directory and machine: a second launch hands its support link (or a request to
// raise the window) to the wizard already running. On Linux over a QLocalServer socket in the user's runtime
// directory (mode 0700); on Windows, where pipe names are machine-wide, over the engine's UserPipe (the user's SID
// and session in the name, first instance only, a DACL for the user, both ends' process users checked).

#include <QObject>
#include <QString>

#include <memory>

class QLocalServer;
class QLocalSocket;

namespace wsafix {

class SingleInstancePipe;

class SingleInstance : public QObject
{
    Q_OBJECT

public:
    /// What happened to a hand-over.
    enum class HandOver
    {
        Taken,       ///< a running wizard took it: this launch is done
        NoneRunning, ///< no wizard runs: this launch opens one
        NoAnswer,    ///< something listens but did not answer in time: this launch opens its own wizard
    };

    /// `serverName` from serverNameFor(); tests pass their own.
    explicit SingleInstance(QString serverName, QObject* parent = nullptr);
    ~SingleInstance() override;

    /// The per-user name (a socket in the user's runtime directory on Unix, a pipe name with the user's SID and
    /// session on Windows) for one state directory and machine (`scenario`, empty for this computer).
    static QString serverNameFor(const QString& stateDir, const QString& scenario);

    /// Hands `link` (empty: "raise the window") to the running wizard.
    HandOver handTo(const QString& link, int timeoutMs = 5000);
    /// Becomes the running wizard. A socket left behind by a crashed wizard (nothing answers on it) is removed
    /// first. False, with error(), when listening fails; the wizard then runs alone.
    bool listen();
    QString error() const { return m_error; }
    QString serverName() const { return m_name; }

    /// A link longer than a valid one (2048 characters) is cut here before it is sent: it is refused anyway.
    static constexpr qsizetype kMaxLinkBytes = 4096;
    /// The longest message accepted.
    static constexpr qint64 kMaxMessage = 8192;

signals:
    /// A second launch sent this link (raw text: the receiver parses and validates it itself).
    void linkReceived(const QString& link);
    /// A second launch without a link: show the window.
    void raiseRequested();

private:
    enum class Request
    {
        Junk,
        Raise,
        Link,
    };
    /// What `received` (the greeting and one request line) asks for; `link` set for Request::Link.
    static Request parseRequest(const QByteArray& received, QString& link);
    void deliver(Request request, const QString& link);
    void accept();
    void read(QLocalSocket* socket);

    QString m_name;
    QString m_error;
    QLocalServer* m_server = nullptr;
    SingleInstancePipe* m_pipe = nullptr; ///< Windows only: the server (a child object)
};

} // namespace wsafix
