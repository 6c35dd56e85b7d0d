// SPDX-License-Identifier: GPL-3.0-or-later
// Commits transactions in a loop until killed, printing each transaction's number once its commit has returned.
// Used by tst_crashsafety: crashwriter PROJECT RUN
#include <cstdio>

#include <QCoreApplication>

#include "storage/project.h"

using namespace attache;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 3)
        return 2;
    auto project = Project::open(QString::fromLocal8Bit(argv[1]));
    if (!project) {
        std::fprintf(stderr, "%s\n", qPrintable(project.error()));
        return 1;
    }
    const QString run = QString::fromLocal8Bit(argv[2]);
    for (int tx = 0;; ++tx) {
        const Status written = project.value()->write([&] {
            // Several rows per transaction, so that kills often land inside one.
            for (int row = 0; row < 25; ++row) {
                Event e;
                e.title = QStringLiteral("run %1 tx %2 row %3").arg(run).arg(tx).arg(row);
                e.kind = EventKind::Meeting;
                e.start = FuzzyDate::fromDate(QDate(2020, 1, 1).addDays(tx % 1000));
                e.summary = QStringLiteral("Crash-safety filler text for the full-text index, row %1.").arg(row);
                project.value()->events().insert(e);
            }
        });
        if (!written) {
            std::fprintf(stderr, "%s\n", qPrintable(written.error()));
            return 1;
        }
        std::printf("%d\n", tx);
        std::fflush(stdout);
    }
}
