// SPDX-License-Identifier: GPL-3.0-or-later
// Attaché: the GUI by default, the headless command line when the first argument is a command.
#include <cstdio>
#include <cstdlib>

#include <QApplication>
#include <QCoreApplication>
#include <QTextStream>

#include "cli/brief.h"
#include "cli/cli.h"
#include "mainwindow.h"

namespace {

QStringList argumentsOf(int argc, char** argv)
{
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    return arguments;
}

bool hasDisplay()
{
#if defined(Q_OS_LINUX)
    return !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        || !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
#else
    return true;
#endif
}

void quietStartup(QtMsgType type, const QMessageLogContext&, const QString& message)
{
    if (type == QtFatalMsg) {
        std::fprintf(stderr, "attache: %s\n", qPrintable(message));
        std::abort();
    }
}

} // namespace

int main(int argc, char** argv)
{
    const QStringList arguments = argumentsOf(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Attache"));
    QCoreApplication::setApplicationName(QStringLiteral("Attache"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ATTACHE_VERSION));

    if (attache::cli::isCommand(arguments) && attache::cli::needsGui(arguments)) {
        // Drawing a sheet needs fonts, a PDF writer and, for an actor's contacts, a graphics scene (QtWidgets), but
        // never a window: the offscreen platform serves with or without a display. Qt's start-up notes (a missing
        // XDG_RUNTIME_DIR) are not the command's output.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        const QtMessageHandler previous = qInstallMessageHandler(quietStartup);
        QApplication app(argc, argv);
        qInstallMessageHandler(previous);
        QTextStream out(stdout);
        QTextStream err(stderr);
        return attache::cli::run(arguments, out, err);
    }
    if (attache::cli::isCommand(arguments)) {
        QCoreApplication app(argc, argv);
        QTextStream out(stdout);
        QTextStream err(stderr);
        return attache::cli::run(arguments, out, err);
    }

    if (!hasDisplay()) {
        std::fputs("attache: no display found; to run the app without one, use: xvfb-run -a attache\n", stderr);
        return attache::cli::Failure;
    }
    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QStringLiteral("Attaché"));
    QApplication::setDesktopFileName(QStringLiteral(ATTACHE_APP_ID));
    attache::MainWindow window;
    window.show();
    const QStringList files = QApplication::arguments().mid(1);
    if (files.isEmpty())
        window.openStartupProject();
    else
        window.openProject(files.first());
    return QApplication::exec();
}
