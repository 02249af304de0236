#include "leaddetailview.h"

#include "calllogdialog.h"
#include "clock/instant.h"
#include "queuedelegate.h"
#include "routing/audittext.h"
#include "routing/leadrules.h"
#include "rules/rules.h"
#include "rulestext.h"

#include <QDateTime>
#include <QDesktopServices>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStackedLayout>
#include <QTextBrowser>
#include <QTimeZone>
#include <QVBoxLayout>

#include <cmath>

namespace {

QString escape(const QString &text)
{
    return text.toHtmlEscaped();
}

// The widest an event's or a page's own name gets in the signal history.
constexpr int kSourceNameWidth = 200;
constexpr int kMinimumWidth = 460;

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
    m_note = new QPushButton(tr("Add note…"), m_content);
    m_note->setToolTip(tr("A note on this lead without a call; only you see it (Ctrl+N)"));
    buttons->addWidget(m_note);
    buttons->addStretch();
    layout->addLayout(buttons);

    m_body = new QTextBrowser(m_content);
    m_body->setOpenExternalLinks(false);
    m_body->setOpenLinks(false);
    m_body->setFrameShape(QFrame::NoFrame);
    layout->addWidget(m_body, 1);
    stack->addWidget(m_content);

    // The CRM's links (a logged call, "Open in CRM") open in the browser.
    connect(m_body, &QTextBrowser::anchorClicked, this, [](const QUrl &url) {
        if (url.scheme() == u"https" || url.scheme() == u"http")
            QDesktopServices::openUrl(url);
    });
    connect(m_claim, &QPushButton::clicked, this, [this] { Q_EMIT claimRequested(m_leadId); });
    connect(m_call, &QPushButton::clicked, this, [this] { Q_EMIT callRequested(m_leadId); });
    connect(m_log, &QPushButton::clicked, this, [this] { Q_EMIT logCallRequested(m_leadId); });
    connect(m_note, &QPushButton::clicked, this, [this] { Q_EMIT noteRequested(m_leadId); });
}

QSize LeadDetailView::minimumSizeHint() const
{
    // Room for the signal table and the history on one line each, and for the buttons whole in
    // any language (a 1024-wide window leaves the queue the rest).
    const QSize hint = QWidget::minimumSizeHint();
    return {std::max(hint.width(), kMinimumWidth), hint.height()};
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

QString LeadDetailView::multiplierLabel(const QString &id)
{
    if (id == u"multi_contact")
        return tr("several contacts engaged");
    if (id == u"c_level")
        return tr("C-level engaged");
    return id;
}

QString LeadDetailView::tierReasonText(const QString &tierReason)
{
    if (tierReason.startsWith(u"pattern: "))
        return tr("by the pattern “%1”").arg(RulesText::term(tierReason.mid(9)));
    if (tierReason == u"alert")
        return tr("by the alert trigger");
    return tr("by score");
}

QString LeadDetailView::slaText(const LeadState &lead)
{
    // An open alert is held to the deadlines the server set when it opened; otherwise the tier
    // band's SLA. Said from the minutes, so that it reads in the rep's language.
    int claimMinutes = 0;
    int callMinutes = 0;
    if (lead.alertAtMs > 0 && (lead.claimWindowMs > 0 || lead.callDeadlineMs > 0)) {
        claimMinutes = int(lead.claimWindowMs / 60'000);
        callMinutes = lead.callDeadlineMs > 0 ? int((lead.callDeadlineMs - lead.alertAtMs) / 60'000) : 0;
    } else if (lead.card.sla) {
        claimMinutes = lead.card.sla->claimMinutes;
        callMinutes = lead.card.sla->callMinutes;
    }
    const auto duration = [](int minutes) {
        return minutes >= 120 && minutes % 60 == 0 ? tr("%1 h").arg(minutes / 60) : tr("%1 min").arg(minutes);
    };
    if (claimMinutes > 0 && callMinutes > 0 && claimMinutes != callMinutes)
        return tr("claim within %1, call within %2").arg(duration(claimMinutes), duration(callMinutes));
    if (callMinutes > 0)
        return tr("first call within %1").arg(duration(callMinutes));
    if (claimMinutes > 0)
        return tr("claim within %1").arg(duration(claimMinutes));
    return {};
}

QString LeadDetailView::crmCallHtml(const LeadCall::Crm &crm)
{
    if (crm.state == u"logged")
        return crm.url.isEmpty() ? tr("CRM: logged")
                                 : tr("CRM: <a href=\"%1\">logged</a>").arg(crm.url.toHtmlEscaped());
    if (crm.state == u"failed")
        return QStringLiteral("<span style=\"color:#d92d20\">%1</span>")
            .arg(tr("CRM: failed: %1").arg(escape(crm.error)));
    if (crm.state == u"waiting" && !crm.error.isEmpty())
        return QStringLiteral("<span class=muted>%1</span>")
            .arg(tr("CRM: waiting, the last try failed: %1").arg(escape(crm.error)));
    if (crm.state == u"waiting")
        return QStringLiteral("<span class=muted>%1</span>").arg(tr("CRM: waiting"));
    return {};
}

QString LeadDetailView::crmLeadHtml(const LeadState &lead)
{
    if (lead.crmUrl.isEmpty())
        return {};
    return QStringLiteral("<p><a href=\"%1\">%2</a></p>").arg(lead.crmUrl.toHtmlEscaped(), tr("Open in CRM"));
}

void LeadDetailView::showLead(const LeadState &lead, const QList<protocol::Request> &calls, const QString &me,
                              const Rules *rules, qint64 nowMs)
{
    static_cast<QStackedLayout *>(layout())->setCurrentWidget(m_content);
    m_leadId = lead.id;
    const LeadCard &card = lead.card;
    const bool account = lead.isAccount();

    m_name->setText(card.name);
    QStringList subtitle;
    for (const QString &part : {card.title, card.company}) {
        if (!part.isEmpty())
            subtitle.append(part);
    }
    m_subtitle->setText(subtitle.join(QStringLiteral(" · ")));

    // The score as the signal table below adds it up, so that the header and the table tell one
    // story: each signal's value now, their sum, a contact's cap, an account's multipliers.
    QList<double> values;
    double sum = 0;
    for (const LeadCard::Signal &s : card.signalList) {
        const int type = rules ? rules->typeIndex(s.type) : -1;
        values.append(type >= 0 ? rules->signalTypes.at(type).valueAt(double(nowMs - s.atMs) / 1000.0,
                                                                      rules->rollingWindowSeconds)
                                : s.value);
        sum += values.constLast();
    }
    // Capped when the sum as shown is above the cap (100.4 reads 100: not worth a word).
    const bool capped = !account && card.cap && sum > *card.cap && number(sum) != number(*card.cap);
    double score = capped ? *card.cap : sum;
    for (const LeadCard::Multiplier &m : card.multipliers)
        score *= m.factor;
    if (card.signalList.isEmpty())
        score = lead.score; // nothing to add up: the feed's figure

    const int tier = lead.tier;
    const QString &claimedBy = lead.claimedBy;
    QString status;
    if (tier > 0)
        status +=
            QStringLiteral(
                "<span style=\"background:%1;color:white;font-weight:bold\">&nbsp;%2&nbsp;</span> %3 · ")
                .arg(QueueDelegate::tierColor(tier).name(), tr("Tier %1").arg(tier),
                     escape(tierReasonText(card.tierReason)));
    status += capped ? tr("Score <b>%1</b> (capped at %2)").arg(number(score), number(*card.cap))
                     : tr("Score <b>%1</b>").arg(number(score));
    if (!claimedBy.isEmpty())
        status += QStringLiteral(" · ") +
                  (claimedBy == me ? tr("claimed by you") : tr("claimed by %1").arg(escape(claimedBy)));
    else if (lead.escalation == LeadState::ManagerQueue)
        status += QStringLiteral(" · ") + tr("unclaimed, in the manager queue");
    else if (lead.escalation == LeadState::Backup)
        status += QStringLiteral(" · ") + tr("unclaimed, escalated to %1").arg(escape(lead.assignedTo));
    else
        status += QStringLiteral(" · ") + tr("unclaimed");
    if (lead.breach)
        status += QStringLiteral(" · <span style=\"color:#d92d20;font-weight:bold\">%1</span>")
                      .arg(tr("SLA breached"));
    m_status->setText(status);

    // An account is called through its most engaged contact with a phone.
    const LeadCard::EngagedContact *callee = account ? card.contactToCall() : nullptr;
    const QString phone = callee ? callee->phone : account ? QString() : card.phone;
    m_call->setText(phone.isEmpty() ? tr("Call")
                    : callee        ? tr("Call %1, %2").arg(callee->name, phone)
                                    : tr("Call %1").arg(phone));
    m_call->setEnabled(!phone.isEmpty());
    m_claim->setEnabled(claimedBy.isEmpty());
    m_claim->setText(claimedBy.isEmpty() ? tr("Claim") : claimedBy == me ? tr("Yours") : tr("Taken"));

    QString html;
    html += QStringLiteral("<style>h3{margin-top:14px;margin-bottom:4px} td{padding:2px 10px 2px 0} "
                           ".muted{color:palette(mid)} th{text-align:left;padding-right:10px}</style>");

    // Contact card: the address on a line of its own, never broken at its hyphens.
    QStringList contact;
    if (!phone.isEmpty() && !account)
        contact.append(tr("Phone: <a href=\"tel:%1\">%2</a>").arg(escape(phone), escape(phone)));
    if (!card.lifecycleStage.isEmpty())
        contact.append(tr("Stage: %1").arg(escape(card.lifecycleStage)));
    if (!contact.isEmpty())
        html += QStringLiteral("<p style=\"margin-bottom:0\">") +
                contact.join(QStringLiteral(" &nbsp;·&nbsp; ")) + QStringLiteral("</p>");
    if (!card.email.isEmpty())
        html += QStringLiteral("<p style=\"white-space:nowrap;margin-top:0\">%1</p>")
                    .arg(tr("Email: %1").arg(escape(card.email)));

    // An account's people, the one to call first on top.
    if (account && !card.engagedContacts.isEmpty()) {
        html += QStringLiteral("<h3>") + tr("Contacts to call") + QStringLiteral("</h3><table>");
        for (const LeadCard::EngagedContact &c : card.engagedContacts)
            html +=
                QStringLiteral("<tr><td><b>%1</b></td><td>%2</td><td>%3</td><td align=right>%4</td></tr>")
                    .arg(escape(c.name), escape(c.title),
                         c.phone.isEmpty() ? QString()
                                           : QStringLiteral("<a href=\"tel:%1\">%1</a>").arg(escape(c.phone)),
                         tr("score %1").arg(number(c.score)));
        html += QStringLiteral("</table>");
    }

    // Why hot
    html += QStringLiteral("<h3>") + tr("Why hot") + QStringLiteral("</h3><p>");
    QStringList why;
    for (const QString &reason : card.alertReasons)
        why.append(escape(RulesText::reason(reason)));
    if (!why.isEmpty())
        html += tr("Alert: %1").arg(why.join(QStringLiteral("; "))) + QStringLiteral("<br>");
    // The tier's band carries the action and the SLA; the score band only says what the score
    // alone would have earned, so it is named only when it differs.
    const QString tierBand = card.tierBand.isEmpty() ? card.band : card.tierBand;
    if (tier > 0)
        html += tr("<b>Tier %1</b> — %2").arg(tier).arg(escape(tierReasonText(card.tierReason)));
    else
        html += tr("<b>%1</b>").arg(escape(RulesText::term(tierBand)));
    if (!card.action.isEmpty())
        html += QStringLiteral(": ") + escape(RulesText::term(card.action));
    if (tier > 0 && !card.band.isEmpty() && card.band != tierBand)
        html += QStringLiteral("<br><span class=muted>%1</span>")
                    .arg(tr("The score alone is in the band %1.").arg(escape(RulesText::term(card.band))));
    if (const QString sla = slaText(lead); !sla.isEmpty())
        html += QStringLiteral("<br>") + tr("SLA: %1").arg(escape(sla));
    if (!card.cadence.isEmpty())
        html += QStringLiteral("<br>") + tr("Follow-up: %1").arg(escape(RulesText::term(card.cadence)));
    html += QStringLiteral("</p>");

    if (!card.signalList.isEmpty()) {
        html += QStringLiteral("<table><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th></tr>")
                    .arg(tr("Signal"), tr("When"), tr("Points"), tr("Now"));
        for (qsizetype i = 0; i < card.signalList.size(); ++i) {
            const LeadCard::Signal &s = card.signalList.at(i);
            html +=
                QStringLiteral("<tr><td style=\"white-space:nowrap\">%1%2</td><td "
                               "style=\"white-space:nowrap\">%3</td><td align=right>%4</td><td "
                               "align=right><b>%5</b></td></tr>")
                    .arg(escape(RulesText::term(s.label)), s.contact.isEmpty() ? tr(" (account)") : QString(),
                         relativeTime(s.atMs, nowMs), number(s.points), number(values.at(i)));
        }
        // The total is the score the header shows; how it comes from the sum is said under the
        // table (in the table it would squeeze the signals' names).
        html += QStringLiteral("<tr><td colspan=3><b>%1</b></td><td align=right><b>%2</b></td></tr></table>")
                    .arg(capped ? tr("Score now (capped at %1)").arg(number(*card.cap)) : tr("Score now"),
                         number(score));
        QString how;
        if (capped) {
            how = tr("The signals add up to %1; a contact's score is capped at %2.")
                      .arg(number(sum), number(*card.cap));
        } else if (!card.multipliers.isEmpty()) {
            QString product = number(sum);
            for (const LeadCard::Multiplier &m : card.multipliers)
                product += QStringLiteral(" × %1 (%2)").arg(number(m.factor), multiplierLabel(m.name));
            how = tr("The signals add up to %1; the account's multipliers make it %2 = %3.")
                      .arg(number(sum), product, number(score));
        }
        if (!how.isEmpty())
            html += QStringLiteral("<p class=muted>%1</p>").arg(escape(how));
    }

    // Signal history
    if (!card.history.isEmpty()) {
        html += QStringLiteral("<h3>") + tr("Signal history") + QStringLiteral("</h3><table>");
        const QFontMetrics metrics(m_body->font());
        for (const LeadCard::Activity &h : card.history) {
            const int type = rules ? rules->typeIndex(h.signal) : -1;
            const QString value =
                type >= 0 ? number(rules->signalTypes.at(type).valueAt(double(nowMs - h.atMs) / 1000.0,
                                                                       rules->rollingWindowSeconds))
                          : QString();
            // On one line each: when, what it counts as, its value now. What scored nothing is
            // named as the source named it (cut in the middle when long), so that it is seen.
            const QString what =
                h.label.isEmpty()
                    ? QStringLiteral("<span class=muted>%1</span>")
                          .arg(
                              tr("%1 · not scored")
                                  .arg(escape(metrics.elidedText(h.name, Qt::ElideMiddle, kSourceNameWidth))))
                    : escape(RulesText::term(h.label));
            html += QStringLiteral("<tr><td style=\"white-space:nowrap\">%1</td><td "
                                   "style=\"white-space:nowrap\">%2</td><td align=right "
                                   "style=\"white-space:nowrap\">%3</td></tr>")
                        .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(h.atMs),
                                                QStringLiteral("ddd d MMM HH:mm")),
                             what, value);
        }
        html += QStringLiteral("</table>");
    }

    // Account
    if (card.accountPanel) {
        const LeadCard::AccountPanel &panel = *card.accountPanel;
        html +=
            QStringLiteral("<h3>") + tr("Account: %1").arg(escape(panel.name)) + QStringLiteral("</h3><p>");
        QStringList facts;
        const std::pair<const char *, QString> traits[] = {{"industry", tr("Industry")},
                                                           {"employees", tr("Employees")},
                                                           {"plan", tr("Plan")},
                                                           {"icpFit", tr("ICP fit")},
                                                           {"region", tr("Region")}};
        for (const auto &[key, label] : traits) {
            const QJsonValue v = panel.traits.value(QLatin1StringView(key));
            if (!v.isUndefined() && !v.isNull())
                facts.append(QStringLiteral("%1: %2").arg(label, escape(v.toVariant().toString())));
        }
        facts.append(
            tr("account score %1 (%2)").arg(number(panel.score), escape(RulesText::term(panel.band))));
        html += facts.join(QStringLiteral(" · ")) + QStringLiteral("</p>");
        if (!panel.engagedContacts.isEmpty()) {
            html += QStringLiteral("<p>") + tr("Also engaged:") + QStringLiteral("<br>");
            for (const LeadCard::EngagedContact &c : panel.engagedContacts)
                html += QStringLiteral("&nbsp;&nbsp;%1 — %2 (%3)<br>")
                            .arg(escape(c.name), escape(c.title), number(c.score));
            html += QStringLiteral("</p>");
        }
        for (const LeadCard::Firmographic &f : panel.firmographic)
            html += QStringLiteral("<p>%1 — %2</p>")
                        .arg(escape(RulesText::term(f.label)), relativeTime(f.atMs, nowMs));
    }

    // Calls
    html += QStringLiteral("<h3>") + tr("Calls") + QStringLiteral("</h3>");
    html += crmLeadHtml(lead);
    const auto crmOf = [&lead](const QString &callId) {
        for (const LeadCall &call : lead.calls) {
            if (call.id == callId)
                return crmCallHtml(call.crm);
        }
        return QString();
    };
    if (calls.isEmpty()) {
        html += QStringLiteral("<p class=muted>") + tr("No calls logged yet.") + QStringLiteral("</p>");
    } else {
        html += QStringLiteral("<table>");
        for (const protocol::Request &c : calls) {
            const qint64 seconds = c.durationSeconds;
            // A colleague's call says who made it; their notes stay theirs.
            const QString who = c.rep.isEmpty() || c.rep == me ? QString() : tr("by %1").arg(escape(c.rep));
            html += QStringLiteral(
                        "<tr><td>%1</td><td><b>%2</b></td><td>%3</td><td>%4</td><td>%5</td><td>%6</td></tr>")
                        .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(c.startedAtMs.value_or(0)),
                                                QStringLiteral("ddd d MMM HH:mm")),
                             escape(CallLogDialog::dispositionLabel(c.disposition)),
                             tr("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0')), who,
                             escape(c.notes), crmOf(c.id));
        }
        html += QStringLiteral("</table>");
    }

    // My notes outside calls: only their writer ever receives them.
    if (!lead.notes.isEmpty()) {
        html += QStringLiteral("<h3>") + tr("My notes") + QStringLiteral("</h3><table>");
        for (const LeadNote &n : lead.notes)
            html += QStringLiteral("<tr><td style=\"white-space:nowrap\">%1</td><td>%2</td></tr>")
                        .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(n.atMs),
                                                QStringLiteral("ddd d MMM HH:mm")),
                             escape(n.text).replace(u'\n', QStringLiteral("<br>")));
        html += QStringLiteral("</table>");
    }

    // Follow-ups: the band's cadence on the lead, as everyone who may see it sees it.
    if (!lead.tasks.isEmpty()) {
        html += QStringLiteral("<h3>") + tr("Follow-ups") + QStringLiteral("</h3><table>");
        for (const LeadTask &t : lead.tasks) {
            const LeadRules::TaskState state = LeadRules::taskState(t, nowMs, QTimeZone::systemTimeZone());
            const QString stateText =
                state == LeadRules::TaskState::Done ? tr("done")
                : state == LeadRules::TaskState::Overdue
                    ? QStringLiteral("<span style=\"color:#d92d20;font-weight:bold\">%1</span>")
                          .arg(tr("overdue"))
                : state == LeadRules::TaskState::Due ? QStringLiteral("<b>%1</b>").arg(tr("due today"))
                                                     : QString();
            const QString kind = t.kind == u"call"    ? tr("Call")
                                 : t.kind == u"email" ? tr("Email")
                                                      : tr("Nurture");
            html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                        .arg(tr("%1 of %2").arg(t.step).arg(t.of), kind,
                             QLocale().toString(QDateTime::fromMSecsSinceEpoch(t.dueMs),
                                                QStringLiteral("ddd d MMM HH:mm")),
                             stateText);
        }
        html += QStringLiteral("</table>");
    }
    m_html = html;
    if (m_auditLead != lead.id)
        m_auditHtml.clear();
    m_body->setHtml(m_html + m_auditHtml);
}

void LeadDetailView::showAudit(const QString &leadId, const QList<FeedStore::AuditRow> &decisions,
                               const QString &error)
{
    if (leadId != m_leadId)
        return; // the answer for a lead no longer shown
    m_auditLead = leadId;
    m_auditHtml = QStringLiteral("<h3>") + tr("Routing") + QStringLiteral("</h3>");
    if (!error.isEmpty()) {
        m_auditHtml += QStringLiteral("<p class=muted>") +
                       tr("The routing audit could not be read: %1").arg(escape(error)) +
                       QStringLiteral("</p>");
    } else if (decisions.isEmpty()) {
        m_auditHtml += QStringLiteral("<p class=muted>") + tr("No routing decisions recorded yet.") +
                       QStringLiteral("</p>");
    } else {
        m_auditHtml += QStringLiteral("<table>");
        for (const FeedStore::AuditRow &row : decisions)
            m_auditHtml += QStringLiteral("<tr><td style=\"white-space:nowrap\">%1</td><td>%2</td></tr>")
                               .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(row.atMs),
                                                       QStringLiteral("ddd d MMM HH:mm:ss")),
                                    escape(AuditText::describe(row)));
        m_auditHtml += QStringLiteral("</table>");
    }
    m_body->setHtml(m_html + m_auditHtml);
}
