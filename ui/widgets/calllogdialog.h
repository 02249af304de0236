#pragma once

#include "client/repdesk.h"

#include <QDialog>
#include <QElapsedTimer>

class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QTimer;

// Opens as the call starts: the lead's context at a glance, the running call time, notes,
// the three qualification questions, and one button per disposition (keys 1-6) that logs
// the call at once.
class CallLogDialog final : public QDialog
{
    Q_OBJECT

public:
    CallLogDialog(const LeadState &lead, qint64 startedAtMs, QWidget *parent = nullptr);

    RepDesk::CallLog callLog() const { return m_log; }
    static QString dispositionLabel(const QString &disposition);

    // For tests and scripted use: the same as clicking that disposition's button.
    void choose(const QString &disposition);
    // The softphone did not take the call: say so, and that the number is to be dialled by hand.
    void setDialFailed(const QString &phone);
    QString timerText() const;
    // What to say when voicemail picks up (MainWindow::voicemailFor), under the notes.
    void setVoicemailScript(const QString &script);
    QString voicemailScript() const;

private:
    RepDesk::CallLog m_log;
    QElapsedTimer m_elapsed;
    QLabel *m_timer = nullptr;
    QTimer *m_tick = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QLabel *m_voicemail = nullptr;
    QCheckBox *m_problem = nullptr;
    QCheckBox *m_authority = nullptr;
    QCheckBox *m_timing = nullptr;
};
