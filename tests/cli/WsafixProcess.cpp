#include "WsafixProcess.h"

#include <QProcess>

WsafixRun runWsafix(const QString& stateDir, const QStringList& args, const QProcessEnvironment& env,
                    const QByteArray& input)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(WSAFIX_EXE), QStringList{QStringLiteral("--state-dir"), stateDir} + args);
    if (!input.isEmpty() && p.waitForStarted())
        p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}
