#include "consoleapp.h"

#include "client/consolestore.h"
#include "client/feedclient.h"
#include "client/repdesk.h"
#include "clock/clock.h"
#include "demo/demofeed.h"
#include "mainwindow.h"
#include "tokenvault.h"
#include "widgets/cacheupgradedialog.h"
#include "widgets/settingsdialog.h"

#include <QCryptographicHash>
#include <QDir>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>

ConsoleApp::ConsoleApp(QSettings &settings, TokenVault &vault, Options options, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_vault(vault)
    , m_options(std::move(options))
{}

ConsoleApp::~ConsoleApp()
{
    // The window and desk go before the feed they talk to.
    m_window.reset();
    m_desk.reset();
    m_client.reset();
    m_store.reset();
    m_demo.reset();
}

QString ConsoleApp::defaultStorePath(const QUrl &server, const QString &token)
{
    // One cache per server and rep, so that two accounts never mix their leads.
    const QByteArray key =
        QCryptographicHash::hash((server.toString() + u'\n' + token).toUtf8(), QCryptographicHash::Sha256)
            .toHex()
            .left(16);
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    QDir().mkpath(dir);
    return dir + QStringLiteral("/cache-") + QString::fromLatin1(key) + QStringLiteral(".db");
}

bool ConsoleApp::start(QString *error)
{
    m_clock = std::make_unique<SystemClock>();
    if (m_options.demo) {
        m_demo = std::make_unique<DemoFeed>();
        if (!m_options.demoRep.isEmpty())
            m_demo->setConsoleRep(m_options.demoRep);
        if (!m_demo->start(error))
            return false;
        m_options.server = m_demo->feedUrl();
        m_options.token = m_demo->token(m_demo->consoleRep());
        if (m_options.token.isEmpty()) {
            *error = tr("The demo team has no %1: choose one of %2.")
                         .arg(m_demo->consoleRep(), m_demo->reps().join(QStringLiteral(", ")));
            return false;
        }
        m_options.storePath = m_demo->consoleStorePath();
    }
    if (m_options.storePath.isEmpty())
        m_options.storePath = defaultStorePath(m_options.server, m_options.token);
    // An older cache is migrated first, with the progress on screen (seconds for a big one).
    if (ConsoleStore::pendingMigrations(m_options.storePath) > 0) {
        CacheUpgradeDialog upgrade;
        switch (upgrade.upgrade(m_options.storePath, error)) {
        case CacheUpgradeDialog::Result::Upgraded:
            break;
        case CacheUpgradeDialog::Result::Stopped:
            // The rep closed it: the cache is whole at its last step and goes on next start.
            QMessageBox::information(nullptr, tr("Firstcall"), CacheUpgradeDialog::stoppedText());
            error->clear();
            return false;
        case CacheUpgradeDialog::Result::Failed:
            return false;
        }
    }
    m_store = ConsoleStore::open(m_options.storePath, error);
    if (!m_store)
        return false;
    m_client = std::make_unique<FeedClient>(*m_clock);
    m_client->setServers(QList<QUrl>{m_options.server} + m_options.failover, m_options.token);
    m_desk = std::make_unique<RepDesk>(*m_store, *m_client, *m_clock);
    m_window = std::make_unique<MainWindow>(*m_desk, *m_client, *m_clock, m_settings);
    connect(m_window.get(), &MainWindow::settingsRequested, this, &ConsoleApp::editSettings);
    m_desk->start();
    m_window->show();
    return true;
}

void ConsoleApp::editSettings()
{
    SettingsDialog dialog(m_settings,
                          m_options.demo ? tr("The demo uses its own access token.") : m_vault.whereText(),
                          m_window.get());
    if (dialog.exec() != QDialog::Accepted || dialog.newToken().isEmpty() || m_options.demo)
        return;
    m_vault.store(dialog.newToken());
    // A refused token waits for this: connect again with the new one.
    m_options.token = dialog.newToken();
    m_client->stop();
    m_client->setServers(QList<QUrl>{m_options.server} + m_options.failover, m_options.token);
    m_client->start();
}
