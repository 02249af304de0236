#include "calllogdialog.h"

#include "routing/disposition.h"
#include "rulestext.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

CallLogDialog::CallLogDialog(const LeadState &lead, qint64 startedAtMs, QWidget *parent)
    : QDialog(parent)
{
    const LeadCard &card = lead.card;
    m_log.leadId = lead.id;
    m_log.startedAtMs = startedAtMs;
    m_elapsed.start();
    // An account is called through its most engaged contact.
    const LeadCard::EngagedContact *callee = lead.isAccount() ? card.contactToCall() : nullptr;
    const QString name = callee ? callee->name : card.name;
    setWindowTitle(tr("Call %1").arg(name));

    auto *layout = new QVBoxLayout(this);
    auto *who = new QLabel(this);
    who->setTextFormat(Qt::RichText);
    who->setText(tr("<b style=\"font-size:large\">%1</b><br>%2 · %3<br>%4")
                     .arg(name.toHtmlEscaped(), (callee ? callee->title : card.title).toHtmlEscaped(),
                          card.company.toHtmlEscaped(),
                          (callee ? callee->phone : card.phone).toHtmlEscaped()));
    layout->addWidget(who);
    auto *why = new QLabel(tr("Why now: %1").arg(RulesText::summary(card.summary)), this);
    why->setWordWrap(true);
    layout->addWidget(why);

    m_timer = new QLabel(this);
    QFont timerFont = m_timer->font();
    timerFont.setPointSizeF(timerFont.pointSizeF() * 1.6);
    timerFont.setBold(true);
    m_timer->setFont(timerFont);
    layout->addWidget(m_timer);
    m_tick = new QTimer(this);
    const auto showTime = [this] {
        const qint64 s = m_elapsed.elapsed() / 1000;
        m_timer->setText(tr("On the call %1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0')));
    };
    connect(m_tick, &QTimer::timeout, this, showTime);
    showTime();
    m_tick->start(1000);

    m_notes = new QPlainTextEdit(this);
    m_notes->setPlaceholderText(tr("Notes (optional)"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(90);
    layout->addWidget(m_notes);

    m_voicemail = new QLabel(this);
    m_voicemail->setWordWrap(true);
    m_voicemail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_voicemail->hide();
    layout->addWidget(m_voicemail);

    auto *qualify = new QGroupBox(tr("If you connected: qualify"), this);
    auto *qualifyLayout = new QVBoxLayout(qualify);
    m_problem = new QCheckBox(tr("Has the problem we solve"), qualify);
    m_authority = new QCheckBox(tr("Has authority to buy"), qualify);
    m_timing = new QCheckBox(tr("Has a reason to act now"), qualify);
    qualifyLayout->addWidget(m_problem);
    qualifyLayout->addWidget(m_authority);
    qualifyLayout->addWidget(m_timing);
    layout->addWidget(qualify);

    auto *grid = new QGridLayout;
    const QStringList &dispositions = Disposition::all();
    for (int i = 0; i < dispositions.size(); ++i) {
        const QString disposition = dispositions.at(i);
        auto *button = new QPushButton(tr("&%1 %2").arg(i + 1).arg(dispositionLabel(disposition)), this);
        button->setAutoDefault(false);
        button->setToolTip(
            tr("Log the call as \"%1\" (key %2)").arg(dispositionLabel(disposition)).arg(i + 1));
        connect(button, &QPushButton::clicked, this, [this, disposition] { choose(disposition); });
        auto *shortcut = new QShortcut(QKeySequence(QString::number(i + 1)), this);
        shortcut->setContext(Qt::WindowShortcut);
        connect(shortcut, &QShortcut::activated, this, [this, disposition] {
            if (!m_notes->hasFocus())
                choose(disposition);
        });
        grid->addWidget(button, i / 3, i % 3);
    }
    layout->addLayout(grid);
    auto *cancel = new QPushButton(tr("Close without logging"), this);
    cancel->setAutoDefault(false);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    layout->addWidget(cancel, 0, Qt::AlignRight);
    // Keys 1-6 log the outcome from the start: Notes has the keys only once the rep goes there.
    if (QLayoutItem *first = grid->itemAtPosition(0, 0))
        first->widget()->setFocus();
}

void CallLogDialog::setDialFailed(const QString &phone)
{
    m_tick->stop();
    m_timer->setStyleSheet(QStringLiteral("color: #d92d20"));
    m_timer->setText(
        tr("Not dialled: your softphone did not start. Dial %1 by hand, then log the call.").arg(phone));
    m_timer->setWordWrap(true);
}

void CallLogDialog::setVoicemailScript(const QString &script)
{
    m_voicemail->setText(tr("<b>If voicemail picks up:</b> %1").arg(script.toHtmlEscaped()));
    m_voicemail->setVisible(!script.isEmpty());
}

QString CallLogDialog::voicemailScript() const
{
    return m_voicemail->text();
}

QString CallLogDialog::timerText() const
{
    return m_timer->text();
}

QString CallLogDialog::dispositionLabel(const QString &disposition)
{
    if (disposition == u"connected")
        return tr("Connected");
    if (disposition == u"left_voicemail")
        return tr("Left voicemail");
    if (disposition == u"no_answer")
        return tr("No answer");
    if (disposition == u"wrong_number")
        return tr("Wrong number");
    if (disposition == u"meeting_booked")
        return tr("Meeting booked");
    if (disposition == u"not_interested")
        return tr("Not interested");
    return disposition;
}

void CallLogDialog::choose(const QString &disposition)
{
    m_log.disposition = disposition;
    // At most a day, as the feed accepts (a dialog left open overnight is not a 30-hour call).
    m_log.durationSeconds = int(std::min<qint64>(m_elapsed.elapsed() / 1000, 24 * 3600));
    m_log.notes = m_notes->toPlainText().trimmed();
    if (Disposition::isConnect(disposition))
        m_log.qualification =
            QJsonObject{{QStringLiteral("problem"), m_problem->isChecked()},
                        {QStringLiteral("authority"), m_authority->isChecked()},
                        {QStringLiteral("timing"), m_timing->isChecked()},
                        {QStringLiteral("qualified"),
                         m_problem->isChecked() && m_authority->isChecked() && m_timing->isChecked()}};
    accept();
}
