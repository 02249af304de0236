#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSettings;

// The console's settings: feed server and token (where the token is kept is said plainly),
// notifications, language and appearance.
class SettingsDialog final : public QDialog
{
    Q_OBJECT

public:
    SettingsDialog(QSettings &settings, const QString &tokenStorage, QWidget *parent = nullptr);

    QString newToken() const;

    static QStringList languages(); // "", "en", "de", "es"

private:
    void save();

    QSettings &m_settings;
    QLineEdit *m_server = nullptr;
    QLineEdit *m_token = nullptr;
    QCheckBox *m_tray = nullptr;
    QCheckBox *m_sound = nullptr;
    QCheckBox *m_raise = nullptr;
    QComboBox *m_language = nullptr;
    QComboBox *m_theme = nullptr;
};
