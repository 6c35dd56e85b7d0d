// SPDX-License-Identifier: GPL-3.0-or-later
// Placeholder while the test is written.
#include <QTest>
class Placeholder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void nothingYet() { QVERIFY(true); }
};
QTEST_GUILESS_MAIN(Placeholder)
#include "tst_mainwindow.moc"
