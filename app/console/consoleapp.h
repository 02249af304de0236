#pragma once

#include <QObject>
#include <QString>
#include <QUrl>

#include <memory>

class ConsoleStore;
class DemoFeed;
class FeedClient;
class MainWindow;
class QSettings;
class RepDesk;
class SystemClock;
class TokenVault;

// Creates the console's parts and connects them: clock, local store, feed client, desk and
// main window, and with --demo the embedded demo feed.
class ConsoleApp final : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        bool demo = false;
        QString demoRep;      // whom the demo console signs in as
        QUrl server;          // the first feed server: it names the local cache
        QList<QUrl> failover; // the others, tried in turn when it is unreachable
        QString token;
        QString storePath;
    };

    ConsoleApp(QSettings &settings, TokenVault &vault, Options options, QObject *parent = nullptr);
    ~ConsoleApp() override;

    // False with `error`; with an empty one when the rep stopped the cache upgrade (and was told).
    bool start(QString *error);
    MainWindow *window() const { return m_window.get(); }

    static QString defaultStorePath(const QUrl &server, const QString &token);

private:
    void editSettings();

    QSettings &m_settings;
    TokenVault &m_vault;
    Options m_options;
    std::unique_ptr<SystemClock> m_clock;
    std::unique_ptr<DemoFeed> m_demo;
    std::unique_ptr<ConsoleStore> m_store;
    std::unique_ptr<FeedClient> m_client;
    std::unique_ptr<RepDesk> m_desk;
    std::unique_ptr<MainWindow> m_window;
};
