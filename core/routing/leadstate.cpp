#include "leadstate.h"

QString contactLeadId(const QString &userId)
{
    return QStringLiteral("contact:") + userId;
}

QString accountLeadId(const QString &groupId)
{
    return QStringLiteral("account:") + groupId;
}

bool isAccountLeadId(const QString &leadId)
{
    return leadId.startsWith(QLatin1StringView("account:"));
}

bool isLeadId(const QString &leadId)
{
    return isAccountLeadId(leadId) || leadId.startsWith(QLatin1StringView("contact:"));
}

QString leadSubject(const QString &leadId)
{
    return leadId.mid(leadId.indexOf(u':') + 1);
}

QString visibilityName(Visibility visibility)
{
    return visibility == Visibility::AllRecords ? QStringLiteral("all-records")
                                                : QStringLiteral("owned-records");
}

std::optional<Visibility> parseVisibility(const QString &text)
{
    if (text == u"all-records")
        return Visibility::AllRecords;
    if (text == u"owned-records")
        return Visibility::OwnedRecords;
    return std::nullopt;
}

QString LeadState::statusName(Status status)
{
    switch (status) {
    case Status::Open:
        return QStringLiteral("open");
    case Status::Claimed:
        return QStringLiteral("claimed");
    case Status::Done:
        return QStringLiteral("done");
    }
    return {};
}
