#include "tokenvault.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QSettings>
#include <QTimer>
#include <qt6keychain/keychain.h>

namespace {

const QString kService = QStringLiteral("firstcall");
const QString kKey = QStringLiteral("feed-token");

// Runs a keychain job to completion; a keychain that does not answer in 3 s counts as absent.
bool run(QKeychain::Job &job, QString *error)
{
    QEventLoop loop;
    bool finished = false;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, [&] {
        finished = true;
        loop.quit();
    });
    QTimer::singleShot(3000, &loop, &QEventLoop::quit);
    job.setAutoDelete(false);
    job.start();
    if (!finished)
        loop.exec();
    if (!finished) {
        *error = QCoreApplication::translate("TokenVault", "the keychain did not answer");
        return false;
    }
    if (job.error() != QKeychain::NoError) {
        *error = job.errorString();
        return false;
    }
    return true;
}

} // namespace

TokenVault::TokenVault(QSettings &settings)
    : m_settings(settings)
{}

QString TokenVault::load()
{
    QKeychain::ReadPasswordJob job(kService);
    job.setKey(kKey);
    if (run(job, &m_keychainError) && !job.textData().isEmpty()) {
        m_inKeychain = true;
        return job.textData();
    }
    m_inKeychain = false;
    return m_settings.value(QStringLiteral("token")).toString();
}

void TokenVault::store(const QString &token)
{
    QKeychain::WritePasswordJob job(kService);
    job.setKey(kKey);
    job.setTextData(token);
    if (run(job, &m_keychainError)) {
        m_inKeychain = true;
        m_settings.remove(QStringLiteral("token"));
        return;
    }
    m_inKeychain = false;
    m_settings.setValue(QStringLiteral("token"), token);
}

QString TokenVault::whereText() const
{
    if (m_inKeychain)
        return QCoreApplication::translate("TokenVault", "Your access token is kept in the system keychain.");
    return QCoreApplication::translate(
               "TokenVault", "No system keychain is available (%1): your access token is kept in the "
                             "settings file %2, readable by your user account only.")
        .arg(m_keychainError, m_settings.fileName());
}
