#pragma once

// Test helper of the CLI tests: runs the built territoria-cli (TERRITORIA_CLI,
// defined by the test target) through QProcess, offscreen and without network
// access to PROJ.
#include <QList>
#include <QPair>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace clitest {

struct Run {
    int exitCode = -1; // -2: crashed
    QString out;
    QString err;
};

// Runs territoria-cli with `arguments` and the variables `environment` added,
// waiting up to `timeoutMs` for it to finish.
inline Run runCli(const QStringList &arguments, int timeoutMs,
                  const QList<QPair<QString, QString>> &environment = {})
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("PROJ_NETWORK"), QStringLiteral("OFF"));
    for (const auto &variable : environment)
        env.insert(variable.first, variable.second);
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(TERRITORIA_CLI), arguments);
    Run run;
    if (!process.waitForStarted(30000)) {
        run.err = process.errorString();
        return run;
    }
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        run.err = QStringLiteral("timed out");
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

// The exit code and both outputs, for a failure message.
inline QString describe(const Run &run)
{
    return QStringLiteral("exit %1\n--- stdout:\n%2\n--- stderr:\n%3").arg(run.exitCode).arg(run.out, run.err);
}

} // namespace clitest
