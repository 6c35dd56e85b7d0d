// SPDX-License-Identifier: GPL-3.0-or-later
#include "interop/cameo.h"

#include <array>

#include <QRegularExpression>

namespace attache::cameo {
namespace {

struct Scale
{
    const char* code;
    double goldstein;
};

// The CAMEO scale's Goldstein values for the root codes (x0) and the three-digit codes.
constexpr std::array scale{
    Scale{"010", 0.0}, Scale{"011", -0.1}, Scale{"012", -0.4}, Scale{"013", 0.4}, Scale{"014", 0.0},
    Scale{"015", 0.0}, Scale{"016", -2.0}, Scale{"017", 0.0}, Scale{"018", 3.4}, Scale{"019", 3.4},
    Scale{"020", 3.0}, Scale{"021", 3.4}, Scale{"022", 3.2}, Scale{"023", 3.4}, Scale{"024", -0.3},
    Scale{"025", -0.3}, Scale{"026", 4.0}, Scale{"027", 4.0}, Scale{"028", 4.0},
    Scale{"030", 4.0}, Scale{"031", 5.2}, Scale{"032", 4.5}, Scale{"033", 5.2}, Scale{"034", 7.0},
    Scale{"035", 7.0}, Scale{"036", 4.0}, Scale{"037", 5.0}, Scale{"038", 7.0}, Scale{"039", 5.0},
    Scale{"040", 1.0}, Scale{"041", 1.0}, Scale{"042", 1.9}, Scale{"043", 2.8}, Scale{"044", 2.5},
    Scale{"045", 5.0}, Scale{"046", 7.0},
    Scale{"050", 3.5}, Scale{"051", 3.4}, Scale{"052", 3.5}, Scale{"053", 3.8}, Scale{"054", 6.0},
    Scale{"055", 7.0}, Scale{"056", 7.0}, Scale{"057", 8.0},
    Scale{"060", 6.0}, Scale{"061", 6.4}, Scale{"062", 7.4}, Scale{"063", 7.4}, Scale{"064", 7.0},
    Scale{"070", 7.0}, Scale{"071", 7.4}, Scale{"072", 8.3}, Scale{"073", 7.4}, Scale{"074", 8.5},
    Scale{"075", 7.0},
    Scale{"080", 5.0}, Scale{"081", 5.0}, Scale{"082", 5.0}, Scale{"083", 5.0}, Scale{"084", 7.0},
    Scale{"085", 7.0}, Scale{"086", 9.0}, Scale{"087", 9.0},
    Scale{"090", -2.0}, Scale{"091", -2.0}, Scale{"092", -2.0}, Scale{"093", -2.0}, Scale{"094", -2.0},
    Scale{"100", -5.0}, Scale{"101", -5.0}, Scale{"102", -5.0}, Scale{"103", -5.0}, Scale{"104", -5.0},
    Scale{"105", -5.0}, Scale{"106", -5.0}, Scale{"107", -5.0}, Scale{"108", -5.0},
    Scale{"110", -2.0}, Scale{"111", -2.0}, Scale{"112", -2.0}, Scale{"113", -2.0}, Scale{"114", -2.0},
    Scale{"115", -2.0}, Scale{"116", -2.0},
    Scale{"120", -4.0}, Scale{"121", -4.0}, Scale{"122", -4.0}, Scale{"123", -4.0}, Scale{"124", -4.0},
    Scale{"125", -5.0}, Scale{"126", -5.0}, Scale{"127", -5.0}, Scale{"128", -5.0}, Scale{"129", -5.0},
    Scale{"130", -4.4}, Scale{"131", -5.8}, Scale{"132", -5.8}, Scale{"133", -5.8}, Scale{"134", -5.8},
    Scale{"135", -5.8}, Scale{"136", -7.0}, Scale{"137", -7.0}, Scale{"138", -7.0}, Scale{"139", -7.0},
    Scale{"140", -6.5}, Scale{"141", -6.5}, Scale{"142", -6.5}, Scale{"143", -6.5}, Scale{"144", -7.5},
    Scale{"145", -7.5},
    Scale{"150", -7.2}, Scale{"151", -7.2}, Scale{"152", -7.2}, Scale{"153", -7.2}, Scale{"154", -7.2},
    Scale{"160", -4.0}, Scale{"161", -4.0}, Scale{"162", -5.6}, Scale{"163", -8.0}, Scale{"164", -7.0},
    Scale{"165", -6.5}, Scale{"166", -7.0},
    Scale{"170", -7.0}, Scale{"171", -9.2}, Scale{"172", -5.0}, Scale{"173", -5.0}, Scale{"174", -5.0},
    Scale{"175", -9.0},
    Scale{"180", -9.0}, Scale{"181", -9.0}, Scale{"182", -9.5}, Scale{"183", -10.0}, Scale{"184", -8.0},
    Scale{"185", -8.0}, Scale{"186", -10.0},
    Scale{"190", -10.0}, Scale{"191", -9.5}, Scale{"192", -9.5}, Scale{"193", -10.0}, Scale{"194", -10.0},
    Scale{"195", -10.0}, Scale{"196", -9.5},
    Scale{"200", -10.0}, Scale{"201", -9.5}, Scale{"202", -10.0}, Scale{"203", -10.0}, Scale{"204", -10.0},
};

std::optional<double> scaleValue(QLatin1StringView code)
{
    for (const Scale& entry : scale) {
        if (code == QLatin1StringView(entry.code))
            return entry.goldstein;
    }
    return std::nullopt;
}

int rootNumber(const QString& code)
{
    const QString root = rootOf(code);
    return root.isEmpty() ? 0 : root.toInt();
}

} // namespace

QString codeFor(EventKind kind)
{
    switch (kind) {
    case EventKind::Summit:
        return QStringLiteral("044");
    case EventKind::Meeting:
        return QStringLiteral("040");
    case EventKind::Talks:
        return QStringLiteral("046");
    case EventKind::Call:
        return QStringLiteral("041");
    case EventKind::Visit:
        return QStringLiteral("042");
    case EventKind::PressConference:
    case EventKind::Interview:
    case EventKind::Post:
    case EventKind::Statement:
        return QStringLiteral("010");
    case EventKind::Agreement:
        return QStringLiteral("057");
    case EventKind::Sanction:
        return QStringLiteral("163");
    case EventKind::Exchange:
        return QStringLiteral("084");
    case EventKind::Other:
        break;
    }
    return {};
}

QString codeOf(const Event& event)
{
    const QString own = event.cameo.trimmed();
    return rootOf(own).isEmpty() ? codeFor(event.kind) : own;
}

QString rootOf(const QString& code)
{
    static const QRegularExpression pattern(QStringLiteral("^(0[1-9]|1\\d|20)\\d{0,2}$"));
    const QRegularExpressionMatch m = pattern.match(code);
    return m.hasMatch() ? m.captured(1) : QString();
}

std::optional<int> quadClass(const QString& code)
{
    const int root = rootNumber(code);
    if (root == 0)
        return std::nullopt;
    return root <= 5 ? 1 : root <= 8 ? 2 : root <= 13 ? 3 : 4;
}

std::optional<double> goldstein(const QString& code)
{
    const QString root = rootOf(code);
    if (root.isEmpty())
        return std::nullopt;
    const QByteArray parent = code.left(3).toLatin1();
    if (const auto value = scaleValue(QLatin1StringView(parent)); value && parent.size() == 3)
        return value;
    return scaleValue(QLatin1StringView(QByteArray(root.toLatin1() + '0')));
}

} // namespace attache::cameo
