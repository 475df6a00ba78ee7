#pragma once
// Runs the real wsafix executable for the CLI tests, with its own state directory.

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

struct WsafixRun
{
    int exitCode = -1;  ///< -1 when it crashed or did not finish within a minute
    QString out;
    QString err;
};

WsafixRun runWsafix(const QString& stateDir, const QStringList& args,
                    const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment(),
                    const QByteArray& input = {});

/// A wsafix command line with a private state directory, shared by the calls of one test class.
class WsafixCli
{
public:
    WsafixRun run(const QStringList& args,
                  const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment()) const
    {
        return runWsafix(m_state.path(), args, env);
    }
    /// With `input` on standard input.
    WsafixRun runWithInput(const QStringList& args, const QByteArray& input) const
    {
        return runWsafix(m_state.path(), args, QProcessEnvironment::systemEnvironment(), input);
    }
    QString stateDir() const { return m_state.path(); }

private:
    QTemporaryDir m_state;
};
