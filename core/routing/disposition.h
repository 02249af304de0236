#pragma once

#include <QString>
#include <QStringList>

// How a logged call ended, and what that means for the alert, the follow-up sequence and the
// metrics. The feed, the console and the metrics all ask here.
namespace Disposition {

// connected, left_voicemail, no_answer, wrong_number, meeting_booked, not_interested
const QStringList &all();
// The rep spoke with the lead.
bool isConnect(const QString &disposition);
// The alert has been worked: the lead leaves the hot queue.
bool closesAlert(const QString &disposition);
// No one answered: the band's follow-up sequence starts.
bool startsCadence(const QString &disposition);

} // namespace Disposition
