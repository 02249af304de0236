#include "disposition.h"

namespace Disposition {

const QStringList &all()
{
    static const QStringList dispositions = {
        QStringLiteral("connected"),    QStringLiteral("left_voicemail"), QStringLiteral("no_answer"),
        QStringLiteral("wrong_number"), QStringLiteral("meeting_booked"), QStringLiteral("not_interested")};
    return dispositions;
}

bool isConnect(const QString &disposition)
{
    return disposition == u"connected" || disposition == u"meeting_booked" ||
           disposition == u"not_interested";
}

bool closesAlert(const QString &disposition)
{
    return isConnect(disposition) || disposition == u"wrong_number";
}

bool startsCadence(const QString &disposition)
{
    return disposition == u"left_voicemail" || disposition == u"no_answer";
}

} // namespace Disposition
