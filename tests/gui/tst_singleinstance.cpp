// Single instance: a second wsafix launch (the real executable) hands its support link to the running wizard,
// or raises it; a server socket left behind by a crash does not block the next start; junk is ignored.
#include "GuiTestSupport.h"
#include "SingleInstance.h"
#include "WizardLauncher.h"

#include <QAbstractButton>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QLocalSocket>
#include <QMessageBox>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <cstring>

using namespace wsafix;
using namespace wsafix::test;

namespace {

// A running wizard of the "clean" machine over its own state directory, serving later launches.
struct Primary
{
    QTemporaryDir state;
    CommandLine cl;
    std::unique_ptr<SingleInstance> instance;
    std::unique_ptr<WsafixWizard> wizard;

    Primary()
    {
        cl.scenario = "clean";
        cl.stateDir = state.path().toStdString();
        // A link launch stands alone (no --state-dir, no --scenario): it reaches the wizard of the default state
        // directory and this computer, so that is the name this wizard serves (in the test's runtime directory).
        instance = std::make_unique<SingleInstance>(SingleInstance::serverNameFor(QString(), QString()));
    }
    bool start()
    {
        if (!instance->listen())
            return false;
        wizard = createWizard(cl, nullptr);
        serveLaunches(*instance, *wizard);
        wizard->show();
        return QTest::qWaitForWindowExposed(wizard.get());
    }
    QString field(const char* name) const { return wizard->findChild<QLineEdit*>(QString::fromLatin1(name))->text(); }
};

struct Launch
{
    int exitCode = -1;
    QString err;
};

// Runs `wsafix --link LINK` (as the URL handler does), or `wsafix` without a link, while this test's event loop
// keeps serving. Its default state directory is the primary's, so a failed hand-over writes nowhere else.
Launch secondLaunch(const Primary& primary, const QString& link)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_STATE_HOME"), primary.state.path());
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(WSAFIX_EXE), link.isEmpty() ? QStringList() : QStringList{QStringLiteral("--link"), link});
    if (!QTest::qWaitFor([&] { return p.state() == QProcess::NotRunning; }, 20000)) {
        p.kill(); // it opened a wizard of its own: the hand-over failed
        p.waitForFinished();
        return {};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardError())};
}

// What a crashed wizard leaves: a socket file that nobody listens on.
bool leaveStaleSocket(const QString& path)
{
    const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    const QByteArray bytes = path.toLocal8Bit();
    if (fd < 0 || bytes.size() >= static_cast<qsizetype>(sizeof(address.sun_path)))
        return false;
    std::memcpy(address.sun_path, bytes.constData(), static_cast<std::size_t>(bytes.size()));
    const bool bound = ::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof(address)) == 0;
    ::close(fd);
    return bound && QFileInfo::exists(path);
}

} // namespace

class TestSingleInstance : public QObject
{
    Q_OBJECT

    QTemporaryDir m_runtime;

private slots:
    // A private runtime directory (inherited by the launches): no real wizard of this user is reached.
    void initTestCase() { qputenv("XDG_RUNTIME_DIR", QFile::encodeName(m_runtime.path())); }

    void cleanup() { QVERIFY2(leakedTopLevelWidgets().isEmpty(), qPrintable(leakedTopLevelWidgets().join(u','))); }

    void serverNameIsPerUserStateAndMachine()
    {
        const QString a = SingleInstance::serverNameFor(QStringLiteral("/tmp/a"), QStringLiteral("clean"));
        QCOMPARE(SingleInstance::serverNameFor(QStringLiteral("/tmp/a"), QStringLiteral("clean")), a);
        QVERIFY(a != SingleInstance::serverNameFor(QStringLiteral("/tmp/b"), QStringLiteral("clean")));
        QVERIFY(a != SingleInstance::serverNameFor(QStringLiteral("/tmp/a"), QString()));
        QVERIFY2(a.startsWith(QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation)), qPrintable(a));
    }

    void secondLaunchHandsItsLinkOver()
    {
        Primary primary;
        QVERIFY(primary.start());
        const Launch second = secondLaunch(primary, QStringLiteral("wsafix://diagnose?code=10054&ticket=INC9"));
        QCOMPARE(second.exitCode, 0);
        QVERIFY2(second.err.contains(QStringLiteral("handed it the link")), qPrintable(second.err));
        // Nothing typed and no link yet: the link fills the page at once.
        QCOMPARE(primary.field("intake.code"), QStringLiteral("10054"));
        QCOMPARE(primary.field("intake.ticket"), QStringLiteral("INC9"));

        // Now something is on screen that the next link would replace: the wizard asks first.
        const Launch third = secondLaunch(primary, QStringLiteral("wsafix://diagnose?code=10061&ticket=INC10"));
        QCOMPARE(third.exitCode, 0);
        QMessageBox* box = nullptr;
        QVERIFY(QTest::qWaitFor(
            [&] { return (box = primary.wizard->findChild<QMessageBox*>(QStringLiteral("linkMessage"))) != nullptr; },
            5000));
        QCOMPARE(primary.field("intake.ticket"), QStringLiteral("INC9"));
        QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
        QCOMPARE(primary.field("intake.code"), QStringLiteral("10061"));
        QCOMPARE(primary.field("intake.ticket"), QStringLiteral("INC10"));
    }

    void hostileLinkIsHandedOverAndRefusedByTheRunningWizard()
    {
        Primary primary;
        QVERIFY(primary.start());
        const Launch second = secondLaunch(primary, QStringLiteral("wsafix://diagnose?code=10056%0D%0Afix=all"));
        QCOMPARE(second.exitCode, 0);
        QMessageBox* box = nullptr;
        QVERIFY(QTest::qWaitFor(
            [&] { return (box = primary.wizard->findChild<QMessageBox*>(QStringLiteral("linkMessage"))) != nullptr; },
            5000));
        QVERIFY2(box->informativeText().contains(QStringLiteral("carriage return")),
                 qPrintable(box->informativeText()));
        QTest::mouseClick(box->button(QMessageBox::Ok), Qt::LeftButton);
        QCOMPARE(primary.field("intake.code"), QStringLiteral("0x00002748"));
    }

    // A link with anything beside it is refused before any hand-over: the running wizard hears nothing.
    void linkWithOtherArgumentsIsNotHandedOver()
    {
        Primary primary;
        QVERIFY(primary.start());
        QSignalSpy links(primary.instance.get(), &SingleInstance::linkReceived);
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(WSAFIX_EXE), {QStringLiteral("--link"), QStringLiteral("wsafix://diagnose?code=10054"),
                                             QStringLiteral("--state-dir"), primary.state.path()});
        QVERIFY(p.waitForFinished(20000));
        QCOMPARE(p.exitCode(), 2);
        QVERIFY(QString::fromUtf8(p.readAllStandardError()).contains(QStringLiteral("only argument")));
        QTest::qWait(300);
        QCOMPARE(links.count(), 0);
        QCOMPARE(primary.field("intake.code"), QStringLiteral("0x00002748"));
    }

    void secondLaunchWithoutLinkRaisesTheWindow()
    {
        Primary primary;
        QVERIFY(primary.start());
        QSignalSpy raised(primary.instance.get(), &SingleInstance::raiseRequested);
        const Launch second = secondLaunch(primary, QString());
        QCOMPARE(second.exitCode, 0);
        QVERIFY2(second.err.contains(QStringLiteral("raised it")), qPrintable(second.err));
        QCOMPARE(raised.count(), 1);
    }

    void staleSocketAfterACrashDoesNotBlockStartup()
    {
        Primary primary;
        QVERIFY(leaveStaleSocket(primary.instance->serverName()));
        QVERIFY2(primary.start(), qPrintable(primary.instance->error()));
        const Launch second = secondLaunch(primary, QStringLiteral("wsafix://diagnose?code=10054"));
        QCOMPARE(second.exitCode, 0);
        QCOMPARE(primary.field("intake.code"), QStringLiteral("10054"));
    }

    void junkOnTheSocketIsIgnored()
    {
        Primary primary;
        QVERIFY(primary.start());
        QSignalSpy links(primary.instance.get(), &SingleInstance::linkReceived);
        QLocalSocket socket;
        socket.connectToServer(primary.instance->serverName());
        QVERIFY(socket.waitForConnected(2000));
        socket.write("GET / HTTP/1.0\nlink d3NhZml4Oi8vZGlhZ25vc2U/Y29kZT0xMDA1NA==\n");
        socket.flush();
        QTRY_COMPARE(socket.state(), QLocalSocket::UnconnectedState);
        QCOMPARE(links.count(), 0);
        QCOMPARE(primary.field("intake.code"), QStringLiteral("0x00002748"));
    }
};

QTEST_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
