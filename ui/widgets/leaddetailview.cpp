#include "leaddetailview.h"

#include "clock/instant.h"
#include "queuedelegate.h"
#include "rules/rules.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStackedLayout>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <cmath>

namespace {

QString escape(const QString &text)
{
    return text.toHtmlEscaped();
}

QString number(double value)
{
    return QString::number(std::round(value * 10) / 10, 'f',
                           value < 10 && value != std::floor(value) ? 1 : 0);
}

} // namespace

LeadDetailView::LeadDetailView(QWidget *parent)
    : QWidget(parent)
{
    auto *stack = new QStackedLayout(this);
    m_empty = new QLabel(tr("Select a lead to see who they are, why they are hot and what they did."), this);
    static_cast<QLabel *>(m_empty)->setAlignment(Qt::AlignCenter);
    static_cast<QLabel *>(m_empty)->setWordWrap(true);
    m_empty->setEnabled(false);
    stack->addWidget(m_empty);

    m_content = new QWidget(this);
    auto *layout = new QVBoxLayout(m_content);
    layout->setContentsMargins(12, 12, 12, 6);
    m_name = new QLabel(m_content);
    QFont nameFont = m_name->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.5);
    nameFont.setBold(true);
    m_name->setFont(nameFont);
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitle = new QLabel(m_content);
    m_subtitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status = new QLabel(m_content);
    m_status->setTextFormat(Qt::RichText);
    layout->addWidget(m_name);
    layout->addWidget(m_subtitle);
    layout->addWidget(m_status);

    auto *buttons = new QHBoxLayout;
    m_call = new QPushButton(tr("Call"), m_content);
    m_call->setToolTip(
        tr("Dial through your softphone and open the call log (F5). Calling claims the lead."));
    m_call->setDefault(true);
    m_claim = new QPushButton(tr("Claim"), m_content);
    m_claim->setToolTip(tr("Take this lead (F4)"));
    m_log = new QPushButton(tr("Log call…"), m_content);
    m_log->setToolTip(tr("Log a call made outside Firstcall (F6)"));
    buttons->addWidget(m_call);
    buttons->addWidget(m_claim);
    buttons->addWidget(m_log);
    buttons->addStretch();
    layout->addLayout(buttons);

    m_body = new QTextBrowser(m_content);
    m_body->setOpenExternalLinks(false);
    m_body->setOpenLinks(false);
    m_body->setFrameShape(QFrame::NoFrame);
    layout->addWidget(m_body, 1);
    stack->addWidget(m_content);

    connect(m_claim, &QPushButton::clicked, this, [this] { Q_EMIT claimRequested(m_leadId); });
    connect(m_call, &QPushButton::clicked, this, [this] { Q_EMIT callRequested(m_leadId); });
    connect(m_log, &QPushButton::clicked, this, [this] { Q_EMIT logCallRequested(m_leadId); });
}

QString LeadDetailView::html() const
{
    return m_body->toHtml();
}

void LeadDetailView::clear()
{
    m_leadId.clear();
    static_cast<QStackedLayout *>(layout())->setCurrentWidget(m_empty);
}

QString LeadDetailView::relativeTime(qint64 thenMs, qint64 nowMs)
{
    const qint64 minutes = (nowMs - thenMs) / 60'000;
    if (minutes < 1)
        return tr("just now");
    if (minutes < 60)
        return tr("%n min ago", nullptr, int(minutes));
    if (minutes < 48 * 60)
        return tr("%n h ago", nullptr, int(minutes / 60));
    return tr("%n days ago", nullptr, int(minutes / (24 * 60)));
}

void LeadDetailView::showLead(const QJsonObject &lead, const QJsonArray &calls, const QString &me,
                              const Rules *rules, qint64 nowMs)
{
    static_cast<QStackedLayout *>(layout())->setCurrentWidget(m_content);
    m_leadId = lead.value(QStringLiteral("id")).toString();
    const QJsonObject card = lead.value(QStringLiteral("card")).toObject();
    const auto text = [&card](const char *key) { return card.value(QLatin1StringView(key)).toString(); };
    const bool account = lead.value(QStringLiteral("kind")).toString() == u"account";

    m_name->setText(text("name"));
    QStringList subtitle;
    for (const QString &part : {text("title"), text("company")}) {
        if (!part.isEmpty())
            subtitle.append(part);
    }
    m_subtitle->setText(subtitle.join(QStringLiteral(" · ")));

    const int tier = lead.value(QStringLiteral("tier")).toInt();
    const QString claimedBy = lead.value(QStringLiteral("claimedBy")).toString();
    const QString escalation = lead.value(QStringLiteral("escalation")).toString();
    QString status;
    if (tier > 0)
        status += QStringLiteral(
                      "<span style=\"background:%1;color:white;font-weight:bold\">&nbsp;%2&nbsp;</span> ")
                      .arg(QueueDelegate::tierColor(tier).name(), tr("Tier %1").arg(tier));
    status += tr("Score <b>%1</b>").arg(number(lead.value(QStringLiteral("score")).toDouble()));
    if (!claimedBy.isEmpty())
        status += QStringLiteral(" · ") +
                  (claimedBy == me ? tr("claimed by you") : tr("claimed by %1").arg(escape(claimedBy)));
    else if (escalation == u"manager")
        status += QStringLiteral(" · ") + tr("unclaimed, in the manager queue");
    else if (escalation == u"backup")
        status +=
            QStringLiteral(" · ") +
            tr("unclaimed, escalated to %1").arg(escape(lead.value(QStringLiteral("assignedTo")).toString()));
    else
        status += QStringLiteral(" · ") + tr("unclaimed");
    if (lead.value(QStringLiteral("breach")).toBool())
        status += QStringLiteral(" · <span style=\"color:#d92d20;font-weight:bold\">%1</span>")
                      .arg(tr("SLA breached"));
    m_status->setText(status);

    const QString phone = text("phone");
    m_call->setText(phone.isEmpty() ? tr("Call") : tr("Call %1").arg(phone));
    m_call->setEnabled(!phone.isEmpty() && !account);
    m_claim->setEnabled(claimedBy.isEmpty());
    m_claim->setText(claimedBy.isEmpty() ? tr("Claim") : claimedBy == me ? tr("Yours") : tr("Taken"));

    QString html;
    html += QStringLiteral("<style>h3{margin-top:14px;margin-bottom:4px} td{padding:2px 10px 2px 0} "
                           ".muted{color:palette(mid)} th{text-align:left;padding-right:10px}</style>");

    // Contact card
    QStringList contact;
    if (!phone.isEmpty())
        contact.append(tr("Phone: <a href=\"tel:%1\">%2</a>").arg(escape(phone), escape(phone)));
    if (!text("email").isEmpty())
        contact.append(tr("Email: %1").arg(escape(text("email"))));
    if (!text("lifecycleStage").isEmpty())
        contact.append(tr("Stage: %1").arg(escape(text("lifecycleStage"))));
    if (!contact.isEmpty())
        html +=
            QStringLiteral("<p>") + contact.join(QStringLiteral(" &nbsp;·&nbsp; ")) + QStringLiteral("</p>");

    // Why hot
    html += QStringLiteral("<h3>") + tr("Why hot") + QStringLiteral("</h3><p>");
    QStringList why;
    for (const QJsonValue &reason : card.value(QStringLiteral("alertReasons")).toArray())
        why.append(escape(reason.toString()));
    const QString tierReason = text("tierReason");
    if (tierReason.startsWith(u"pattern: "))
        why.append(tr("pattern: %1").arg(escape(tierReason.mid(9))));
    if (!why.isEmpty())
        html += tr("Alert: %1").arg(why.join(QStringLiteral("; "))) + QStringLiteral("<br>");
    html += tr("Band: <b>%1</b> — %2").arg(escape(text("band")), escape(text("action")));
    const QJsonObject sla = card.value(QStringLiteral("sla")).toObject();
    if (!sla.isEmpty())
        html +=
            QStringLiteral("<br>") + tr("SLA: %1").arg(escape(sla.value(QStringLiteral("label")).toString()));
    if (!text("cadence").isEmpty())
        html += QStringLiteral("<br>") + tr("Follow-up: %1").arg(escape(text("cadence")));
    html += QStringLiteral("</p>");

    const QJsonArray contributions =
        card.value(QStringLiteral("explanation")).toObject().value(QStringLiteral("signals")).toArray();
    if (!contributions.isEmpty()) {
        html += QStringLiteral("<table><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th></tr>")
                    .arg(tr("Signal"), tr("When"), tr("Points"), tr("Now"));
        double total = 0;
        for (const QJsonValue &v : contributions) {
            const QJsonObject s = v.toObject();
            const qint64 at = parseInstantMs(s.value(QStringLiteral("at")));
            const int type = rules ? rules->typeIndex(s.value(QStringLiteral("type")).toString()) : -1;
            const double now = type >= 0 ? rules->signalTypes.at(type).valueAt(double(nowMs - at) / 1000.0,
                                                                               rules->rollingWindowSeconds)
                                         : s.value(QStringLiteral("value")).toDouble();
            total += now;
            html +=
                QStringLiteral(
                    "<tr><td>%1%2</td><td>%3</td><td align=right>%4</td><td align=right><b>%5</b></td></tr>")
                    .arg(escape(s.value(QStringLiteral("label")).toString()),
                         s.contains(QStringLiteral("scope")) ? tr(" (account)") : QString(),
                         relativeTime(at, nowMs), number(s.value(QStringLiteral("points")).toDouble()),
                         number(now));
        }
        QString totalText = number(total);
        const QJsonValue cap =
            card.value(QStringLiteral("explanation")).toObject().value(QStringLiteral("cap"));
        if (cap.isDouble() && total > cap.toDouble())
            totalText = tr("%1 (capped at %2)").arg(number(total), number(cap.toDouble()));
        for (const QJsonValue &m : card.value(QStringLiteral("multipliers")).toArray())
            totalText += QStringLiteral(" × %1 (%2)")
                             .arg(number(m.toObject().value(QStringLiteral("factor")).toDouble()),
                                  escape(m.toObject().value(QStringLiteral("name")).toString()));
        html += QStringLiteral("<tr><td colspan=3><b>%1</b></td><td align=right><b>%2</b></td></tr></table>")
                    .arg(tr("Score now"), totalText);
    }

    // Signal history
    const QJsonArray history = card.value(QStringLiteral("history")).toArray();
    if (!history.isEmpty()) {
        html += QStringLiteral("<h3>") + tr("Signal history") + QStringLiteral("</h3><table>");
        for (const QJsonValue &v : history) {
            const QJsonObject h = v.toObject();
            const qint64 at = parseInstantMs(h.value(QStringLiteral("at")));
            const QString label = h.value(QStringLiteral("label")).toString();
            const int type = rules ? rules->typeIndex(h.value(QStringLiteral("signal")).toString()) : -1;
            const QString value = type >= 0 ? number(rules->signalTypes.at(type).valueAt(
                                                  double(nowMs - at) / 1000.0, rules->rollingWindowSeconds))
                                            : QString();
            html +=
                QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td align=right>%4</td></tr>")
                    .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(at),
                                            QStringLiteral("ddd d MMM HH:mm")),
                         escape(h.value(QStringLiteral("name")).toString()),
                         label.isEmpty() ? QStringLiteral("<span class=muted>%1</span>").arg(tr("not scored"))
                                         : escape(label),
                         value);
        }
        html += QStringLiteral("</table>");
    }

    // Account
    const QJsonObject panel = card.value(QStringLiteral("accountPanel")).toObject();
    if (!panel.isEmpty()) {
        html += QStringLiteral("<h3>") +
                tr("Account: %1").arg(escape(panel.value(QStringLiteral("name")).toString())) +
                QStringLiteral("</h3><p>");
        const QJsonObject traits = panel.value(QStringLiteral("traits")).toObject();
        QStringList facts;
        for (const char *key : {"industry", "employees", "plan", "icpFit", "region"}) {
            const QJsonValue v = traits.value(QLatin1StringView(key));
            if (!v.isUndefined() && !v.isNull())
                facts.append(
                    QStringLiteral("%1: %2").arg(QLatin1StringView(key), escape(v.toVariant().toString())));
        }
        facts.append(tr("account score %1 (%2)")
                         .arg(number(panel.value(QStringLiteral("score")).toDouble()),
                              escape(panel.value(QStringLiteral("band")).toString())));
        html += facts.join(QStringLiteral(" · ")) + QStringLiteral("</p>");
        const QJsonArray engaged = panel.value(QStringLiteral("engagedContacts")).toArray();
        if (!engaged.isEmpty()) {
            html += QStringLiteral("<p>") + tr("Also engaged:") + QStringLiteral("<br>");
            for (const QJsonValue &v : engaged) {
                const QJsonObject c = v.toObject();
                html += QStringLiteral("&nbsp;&nbsp;%1 — %2 (%3)<br>")
                            .arg(escape(c.value(QStringLiteral("name")).toString()),
                                 escape(c.value(QStringLiteral("title")).toString()),
                                 number(c.value(QStringLiteral("score")).toDouble()));
            }
            html += QStringLiteral("</p>");
        }
        const QJsonArray firmographic = panel.value(QStringLiteral("firmographic")).toArray();
        for (const QJsonValue &v : firmographic)
            html += QStringLiteral("<p>%1 — %2</p>")
                        .arg(escape(v.toObject().value(QStringLiteral("label")).toString()),
                             relativeTime(parseInstantMs(v.toObject().value(QStringLiteral("at"))), nowMs));
    }

    // Calls
    html += QStringLiteral("<h3>") + tr("Calls") + QStringLiteral("</h3>");
    if (calls.isEmpty()) {
        html += QStringLiteral("<p class=muted>") + tr("No calls logged yet.") + QStringLiteral("</p>");
    } else {
        html += QStringLiteral("<table>");
        for (const QJsonValue &v : calls) {
            const QJsonObject c = v.toObject();
            const int seconds = c.value(QStringLiteral("durationSeconds")).toInt();
            html += QStringLiteral("<tr><td>%1</td><td><b>%2</b></td><td>%3</td><td>%4</td></tr>")
                        .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(
                                                    parseInstantMs(c.value(QStringLiteral("startedAt")))),
                                                QStringLiteral("ddd d MMM HH:mm")),
                             escape(c.value(QStringLiteral("dispositionLabel"))
                                        .toString(c.value(QStringLiteral("disposition")).toString())),
                             tr("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0')),
                             escape(c.value(QStringLiteral("notes")).toString()));
        }
        html += QStringLiteral("</table>");
    }
    m_body->setHtml(html);
}
