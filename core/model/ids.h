// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <compare>

#include <QHashFunctions>
#include <QtGlobal>

namespace attache {

/// A typed row id: an ActorId cannot be passed where an EventId is expected. Zero means "not stored yet / none".
template<typename Tag>
struct Id
{
    qint64 value = 0;

    constexpr Id() = default;
    constexpr explicit Id(qint64 v)
        : value(v)
    {
    }
    constexpr bool isValid() const { return value > 0; }
    constexpr explicit operator bool() const { return isValid(); }
    friend constexpr auto operator<=>(Id, Id) = default;
    friend size_t qHash(Id id, size_t seed = 0) noexcept { return ::qHash(id.value, seed); }
};

using ActorId = Id<struct ActorTag>;
using EventId = Id<struct EventTag>;
using StatementId = Id<struct StatementTag>;
using SourceId = Id<struct SourceTag>;
using AnnotationId = Id<struct AnnotationTag>;

} // namespace attache
