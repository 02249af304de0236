#include "settingsdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QVBoxLayout>

SettingsDialog::SettingsDialog(QSettings &settings, const QString &tokenStorage, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
{
    setWindowTitle(tr("Settings"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_server = new QLineEdit(m_settings.value(QStringLiteral("server")).toString(), this);
    m_server->setPlaceholderText(QStringLiteral("ws://feed.example.com:8788/"));
    form->addRow(tr("Feed server:"), m_server);
    m_token = new QLineEdit(this);
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setPlaceholderText(tr("unchanged"));
    form->addRow(tr("Access token:"), m_token);
    auto *where = new QLabel(tokenStorage, this);
    where->setWordWrap(true);
    where->setEnabled(false);
    form->addRow(QString(), where);

    m_tray = new QCheckBox(tr("Show a notification for new Tier 1 and Tier 2 leads"), this);
    m_tray->setChecked(m_settings.value(QStringLiteral("notify/tray"), true).toBool());
    m_sound = new QCheckBox(tr("Play a sound"), this);
    m_sound->setChecked(m_settings.value(QStringLiteral("notify/sound"), true).toBool());
    m_raise = new QCheckBox(tr("Bring the window to the front"), this);
    m_raise->setChecked(m_settings.value(QStringLiteral("notify/raise"), false).toBool());
    form->addRow(tr("New hot lead:"), m_tray);
    form->addRow(QString(), m_sound);
    form->addRow(QString(), m_raise);

    m_language = new QComboBox(this);
    m_language->addItem(tr("System language"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_language->addItem(QStringLiteral("Español"), QStringLiteral("es"));
    m_language->setCurrentIndex(
        std::max(0, m_language->findData(m_settings.value(QStringLiteral("language")).toString())));
    form->addRow(tr("Language:"), m_language);
    m_theme = new QComboBox(this);
    m_theme->addItem(tr("System"), QString());
    m_theme->addItem(tr("Light"), QStringLiteral("light"));
    m_theme->addItem(tr("Dark"), QStringLiteral("dark"));
    m_theme->setCurrentIndex(
        std::max(0, m_theme->findData(m_settings.value(QStringLiteral("theme")).toString())));
    form->addRow(tr("Appearance:"), m_theme);
    layout->addLayout(form);
    auto *note = new QLabel(
        tr("A new server, token, language or appearance takes effect when Firstcall starts again."), this);
    note->setWordWrap(true);
    layout->addWidget(note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        save();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

QStringList SettingsDialog::languages()
{
    return {QString(), QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("es")};
}

QString SettingsDialog::newToken() const
{
    return m_token->text().trimmed();
}

void SettingsDialog::save()
{
    m_settings.setValue(QStringLiteral("server"), m_server->text().trimmed());
    m_settings.setValue(QStringLiteral("notify/tray"), m_tray->isChecked());
    m_settings.setValue(QStringLiteral("notify/sound"), m_sound->isChecked());
    m_settings.setValue(QStringLiteral("notify/raise"), m_raise->isChecked());
    m_settings.setValue(QStringLiteral("language"), m_language->currentData().toString());
    m_settings.setValue(QStringLiteral("theme"), m_theme->currentData().toString());
}
