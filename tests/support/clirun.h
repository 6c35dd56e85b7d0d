// SPDX-License-Identifier: GPL-3.0-or-later
// What the command-line tests share: a finished run of the executable, and the check of the CLI contract's one-line
// error messages.
#pragma once

#include <QByteArray>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

using namespace Qt::Literals::StringLiterals;

namespace attache::test {

struct Run
{
    int code = -1;
    QByteArray out;
    QByteArray err;

    QString errText() const { return QString::fromUtf8(err); }
    QString outText() const { return QString::fromUtf8(out); }
};

/// Runs the executable in `workDir` with no display (as scripts do), `settings` ("NAME=value") added to the
/// environment, and records how it ended.
inline Run runHeadless(const QString& executable, const QStringList& arguments, const QString& workDir,
    const QStringList& settings = {})
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString& name : {u"DISPLAY"_s, u"WAYLAND_DISPLAY"_s, u"QT_QPA_PLATFORM"_s, u"XDG_RUNTIME_DIR"_s})
        env.remove(name);
    for (const QString& setting : settings)
        env.insert(setting.section(u'=', 0, 0), setting.section(u'=', 1));
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(workDir);
    process.start(executable, arguments);
    Run run;
    if (!process.waitForStarted(30000) || !process.waitForFinished(240000)) {
        process.kill();
        process.waitForFinished();
        run.err = "attache did not start or finish: " + process.errorString().toUtf8();
        return run;
    }
    run.code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

inline QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// What is wrong with the stderr of a failed run, or an empty string. The error is one line starting "attache: "
/// that contains `needle`; a usage error (exit 2) may add the single conventional "Try 'attache --help'" hint.
inline QString errorProblem(const Run& run, int expectedCode, const QString& needle)
{
    if (run.code != expectedCode)
        return u"exit status %1, expected %2; stderr: %3"_s.arg(run.code).arg(expectedCode).arg(run.errText());
    if (!run.out.isEmpty())
        return u"a failed command printed to stdout: %1"_s.arg(run.outText());
    const QStringList lines = run.errText().split(u'\n', Qt::SkipEmptyParts);
    if (lines.isEmpty())
        return u"nothing on stderr"_s;
    if (!lines.first().startsWith(u"attache: "_s))
        return u"the message does not start with \"attache: \": %1"_s.arg(lines.first());
    if (!lines.first().contains(needle, Qt::CaseInsensitive))
        return u"the message does not mention \"%1\": %2"_s.arg(needle, lines.first());
    const qsizetype allowed = expectedCode == 2 ? 2 : 1;
    if (lines.size() > allowed)
        return u"the message has %1 lines: %2"_s.arg(lines.size()).arg(run.errText());
    if (lines.size() == 2 && !lines.at(1).startsWith(u"Try 'attache --help'"_s))
        return u"unexpected second line: %1"_s.arg(lines.at(1));
    return {};
}

} // namespace attache::test
