#pragma once
// Runs the real wsafix executable for the CLI tests, with its own state directory.

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

struct WsafixRun
{
    int exitCode = -1;  ///< -1 when it crashed or did not finish within a minute
    QString out;
    QString err;
};

WsafixRun runWsafix(const QString& stateDir, const QStringList& args,
                    const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment());
