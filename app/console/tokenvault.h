#pragma once

#include <QString>

class QSettings;

// Where the rep's access token lives: the system keychain (Secret Service, KWallet) through
// QtKeychain when one answers, else the settings file, and it says which.
class TokenVault final
{
public:
    explicit TokenVault(QSettings &settings);

    QString load();
    void store(const QString &token);
    bool inKeychain() const { return m_inKeychain; }
    QString whereText() const;

private:
    QSettings &m_settings;
    bool m_inKeychain = false;
    QString m_keychainError;
};
