#include "servecommand.h"

#include "clock/clock.h"
#include "feed/feedserver.h"
#include "integrations/integrations.h"
#include "routing/alertdesk.h"
#include "rules/rules.h"
#include "store/sqlfeedstore.h"
#include "team/teamstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QLoggingCategory>
#include <QSettings>
#include <QSocketNotifier>
#include <QSslCertificate>
#include <QSslKey>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace {

// The translation context of this command's messages.
class ServeCommand
{
    Q_DECLARE_TR_FUNCTIONS(ServeCommand)
};

int g_signalPipe[2] = {-1, -1};

void handleSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(g_signalPipe[1], &byte, 1);
}

// Quits the event loop on SIGINT and SIGTERM, from the event loop rather than the handler.
void quitOnSignals(QObject *context)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(g_signalPipe[0], QSocketNotifier::Read, context);
    QObject::connect(notifier, &QSocketNotifier::activated, context, [] {
        char byte;
        [[maybe_unused]] const auto n = ::read(g_signalPipe[0], &byte, 1);
        QCoreApplication::quit();
    });
    std::signal(SIGINT, handleSignal);
    std::signal(SIGTERM, handleSignal);
}

} // namespace

int runServe(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    // One timestamped line per notable event; per-request lines only when asked for
    // (QT_LOGGING_RULES="firstcall.*.debug=true").
    if (qEnvironmentVariableIsEmpty("QT_MESSAGE_PATTERN"))
        qSetMessagePattern(QStringLiteral("%{time yyyy-MM-ddTHH:mm:ss.zzz} %{category}: %{message}"));
    QLoggingCategory::setFilterRules(QStringLiteral("firstcall.*.debug=false"));
    QCommandLineParser parser;
    parser.setApplicationDescription(ServeCommand::tr(
        "Runs the feed server: Segment Spec ingest over HTTP, scoring, routing and the WebSocket feed.\n"
        "Every option may also come from a --config file (INI, the option names as keys)."));
    parser.addHelpOption();
    const QCommandLineOption config(QStringLiteral("config"),
                                    ServeCommand::tr("Read settings from this INI file; options given on "
                                                     "the command line win."),
                                    ServeCommand::tr("FILE"));
    const QCommandLineOption db(
        QStringLiteral("db"),
        ServeCommand::tr("The database: a SQLite file (created if missing) or a PostgreSQL URI, "
                         "postgresql://[user@][host][:port]/dbname[?param=value&...]; a password is "
                         "best left to PGPASSWORD or ~/.pgpass."),
        ServeCommand::tr("FILE|URI"));
    const QCommandLineOption httpPort(
        QStringLiteral("http-port"),
        ServeCommand::tr("Port for event ingest (default 8787; 0 picks a free one)."), ServeCommand::tr("N"));
    const QCommandLineOption wsPort(
        QStringLiteral("ws-port"),
        ServeCommand::tr("Port for the consoles' feed (default 8788; 0 picks a free one)."),
        ServeCommand::tr("N"));
    const QCommandLineOption writeKey(QStringLiteral("write-key"),
                                      ServeCommand::tr("The Segment write key that ingest requires."),
                                      ServeCommand::tr("KEY"));
    const QCommandLineOption listen(QStringLiteral("listen"),
                                    ServeCommand::tr("Address to listen on (default 127.0.0.1)."),
                                    ServeCommand::tr("ADDR"));
    const QCommandLineOption visibility(QStringLiteral("visibility"),
                                        ServeCommand::tr("all-records (default) or owned-records."),
                                        ServeCommand::tr("MODE"));
    const QCommandLineOption rules(QStringLiteral("rules"),
                                   ServeCommand::tr("Scoring rules: hot (default), warm or a rules file."),
                                   ServeCommand::tr("hot|warm|FILE"));
    const QCommandLineOption slack(QStringLiteral("slack-webhook"),
                                   ServeCommand::tr("Post Tier 1 alerts to this Slack incoming webhook."),
                                   ServeCommand::tr("URL"));
    const QCommandLineOption tlsCert(QStringLiteral("tls-cert"),
                                     ServeCommand::tr("PEM certificate: serve https and wss."),
                                     ServeCommand::tr("FILE"));
    const QCommandLineOption tlsKey(QStringLiteral("tls-key"),
                                    ServeCommand::tr("PEM private key for --tls-cert."),
                                    ServeCommand::tr("FILE"));
    const QCommandLineOption origin(QStringLiteral("allow-origin"),
                                    ServeCommand::tr("A browser origin allowed on the feed (repeatable)."),
                                    ServeCommand::tr("ORIGIN"));
    const QCommandLineOption ping(
        QStringLiteral("ping-interval"),
        ServeCommand::tr("Seconds between keepalive pings (default 10); a console silent for two "
                         "intervals is offline."),
        ServeCommand::tr("S"));
    const QCommandLineOption feedThreads(
        QStringLiteral("feed-threads"),
        ServeCommand::tr("Threads that write to the consoles (default: one per core)."),
        ServeCommand::tr("N"));
    const QCommandLineOption maxUncalled(
        QStringLiteral("max-uncalled-claims"),
        ServeCommand::tr("Claimed leads not called yet a rep may hold before a claim is refused "
                         "(default 3; 0: no limit)."),
        ServeCommand::tr("N"));
    const QCommandLineOption webhook(
        QStringLiteral("webhook"),
        ServeCommand::tr(
            "POST signed lead and call events to this URL (repeatable; see docs/integrations.md)."),
        ServeCommand::tr("URL"));
    const QCommandLineOption webhookSecret(
        QStringLiteral("webhook-secret-file"),
        ServeCommand::tr("The signing secret of the webhook given in the same position (repeatable)."),
        ServeCommand::tr("FILE"));
    const QCommandLineOption crm(QStringLiteral("crm"),
                                 ServeCommand::tr("Log calls to this CRM and take lead owners from it."),
                                 ServeCommand::tr("hubspot|salesforce"));
    const QCommandLineOption crmTokenFile(QStringLiteral("crm-token-file"),
                                          ServeCommand::tr("HubSpot: the private app's access token."),
                                          ServeCommand::tr("FILE"));
    const QCommandLineOption crmBaseUrl(
        QStringLiteral("crm-base-url"),
        ServeCommand::tr(
            "The CRM's API: HubSpot's by default; Salesforce: https://INSTANCE.my.salesforce.com."),
        ServeCommand::tr("URL"));
    const QCommandLineOption crmAuthUrl(
        QStringLiteral("crm-auth-url"),
        ServeCommand::tr("Salesforce: where the OAuth token endpoint is (https://login.salesforce.com)."),
        ServeCommand::tr("URL"));
    const QCommandLineOption crmClientId(QStringLiteral("crm-client-id"),
                                         ServeCommand::tr("Salesforce: the connected app's consumer key."),
                                         ServeCommand::tr("ID"));
    const QCommandLineOption crmClientSecretFile(
        QStringLiteral("crm-client-secret-file"),
        ServeCommand::tr("Salesforce: the connected app's consumer secret."), ServeCommand::tr("FILE"));
    const QCommandLineOption crmRefreshTokenFile(QStringLiteral("crm-refresh-token-file"),
                                                 ServeCommand::tr("Salesforce: the OAuth refresh token."),
                                                 ServeCommand::tr("FILE"));
    const QCommandLineOption crmQualifiedStatus(
        QStringLiteral("crm-qualified-status"),
        ServeCommand::tr("On a qualified connect, also set the lead status in the CRM to this (HubSpot: the "
                         "contact's hs_lead_status; Salesforce: a Lead's Status)."),
        ServeCommand::tr("VALUE"));
    const QCommandLineOption instanceName(
        QStringLiteral("instance-name"),
        ServeCommand::tr("This server's name among several on one PostgreSQL database, in the logs and "
                         "the presence table (default HOST:PID)."),
        ServeCommand::tr("NAME"));
    parser.addOptions({config,
                       db,
                       httpPort,
                       wsPort,
                       writeKey,
                       listen,
                       visibility,
                       rules,
                       slack,
                       tlsCert,
                       tlsKey,
                       origin,
                       ping,
                       feedThreads,
                       maxUncalled,
                       instanceName,
                       webhook,
                       webhookSecret,
                       crm,
                       crmTokenFile,
                       crmBaseUrl,
                       crmAuthUrl,
                       crmClientId,
                       crmClientSecretFile,
                       crmRefreshTokenFile,
                       crmQualifiedStatus});
    QStringList args = arguments;
    if (args.size() > 1)
        args.removeAt(1); // "serve"
    if (!parser.parse(args)) {
        err << parser.errorText() << Qt::endl
            << ServeCommand::tr("Try firstcall-feed serve --help.") << Qt::endl;
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        // QCommandLineParser's usage line names the program by the path it was started from.
        QString help = parser.helpText();
        help.replace(0, help.indexOf(u'\n'), ServeCommand::tr("Usage: firstcall-feed serve [options]"));
        out << help;
        return 0;
    }

    std::unique_ptr<QSettings> settings;
    if (parser.isSet(config)) {
        if (!QFile::exists(parser.value(config))) {
            err << ServeCommand::tr("%1: no such config file").arg(parser.value(config)) << Qt::endl;
            return 2;
        }
        settings = std::make_unique<QSettings>(parser.value(config), QSettings::IniFormat);
        if (settings->status() != QSettings::NoError) {
            err << ServeCommand::tr("%1: not a readable INI file").arg(parser.value(config)) << Qt::endl;
            return 2;
        }
    }
    const auto value = [&](const QCommandLineOption &option, const QString &fallback = {}) {
        if (parser.isSet(option))
            return parser.value(option);
        if (settings)
            return settings->value(option.names().constFirst(), fallback).toString();
        return fallback;
    };
    const auto port = [&](const QCommandLineOption &option, quint16 fallback, quint16 *result) {
        bool ok = false;
        const uint n = value(option, QString::number(fallback)).toUInt(&ok);
        if (!ok || n > 65535) {
            err << ServeCommand::tr("--%1: expected a port number, got \"%2\"")
                       .arg(option.names().constFirst(), value(option))
                << Qt::endl;
            return false;
        }
        *result = quint16(n);
        return true;
    };

    FeedServerConfig serverConfig;
    if (!port(httpPort, 8787, &serverConfig.httpPort) || !port(wsPort, 8788, &serverConfig.wsPort))
        return 2;
    const QString dbPath = value(db);
    if (dbPath.isEmpty()) {
        err << ServeCommand::tr("--db is required: the database file or PostgreSQL URI to serve from")
            << Qt::endl;
        return 2;
    }
    QString error;
    const auto location = StoreLocation::parse(dbPath, &error);
    if (!location) {
        err << ServeCommand::tr("--db: %1").arg(error) << Qt::endl;
        return 2;
    }
    serverConfig.writeKey = value(writeKey);
    if (serverConfig.writeKey.isEmpty()) {
        err << ServeCommand::tr("--write-key is required: the Segment write key that event senders use")
            << Qt::endl;
        return 2;
    }
    if (!serverConfig.listenAddress.setAddress(value(listen, QStringLiteral("127.0.0.1")))) {
        err << ServeCommand::tr("--listen: not an IP address: \"%1\"").arg(value(listen)) << Qt::endl;
        return 2;
    }
    const auto mode = parseVisibility(value(visibility, QStringLiteral("all-records")));
    if (!mode) {
        err << ServeCommand::tr("--visibility: expected all-records or owned-records, got \"%1\"")
                   .arg(value(visibility))
            << Qt::endl;
        return 2;
    }
    if (const QString url = value(slack); !url.isEmpty()) {
        serverConfig.slackWebhook = QUrl(url, QUrl::StrictMode);
        if (!serverConfig.slackWebhook.isValid() || !serverConfig.slackWebhook.scheme().startsWith(u"http")) {
            err << ServeCommand::tr("--slack-webhook: not an http(s) URL: \"%1\"").arg(url) << Qt::endl;
            return 2;
        }
    }
    serverConfig.allowedOrigins = parser.values(origin);
    if (serverConfig.allowedOrigins.isEmpty() && settings)
        serverConfig.allowedOrigins = settings->value(QStringLiteral("allow-origin")).toStringList();
    bool pingOk = false;
    const double pingSeconds = value(ping, QStringLiteral("10")).toDouble(&pingOk);
    if (!pingOk || pingSeconds < 1) {
        err << ServeCommand::tr("--ping-interval: expected seconds (at least 1), got \"%1\"").arg(value(ping))
            << Qt::endl;
        return 2;
    }
    serverConfig.pingIntervalMs = int(pingSeconds * 1000);
    if (const QString threads = value(feedThreads); !threads.isEmpty()) {
        bool ok = false;
        serverConfig.feedThreads = threads.toInt(&ok);
        if (!ok || serverConfig.feedThreads < 1 || serverConfig.feedThreads > 64) {
            err << ServeCommand::tr("--feed-threads: expected a number from 1 to 64, got \"%1\"").arg(threads)
                << Qt::endl;
            return 2;
        }
    }

    bool capOk = false;
    const int uncalledCap = value(maxUncalled, QStringLiteral("3")).toInt(&capOk);
    if (!capOk || uncalledCap < 0 || uncalledCap > 1000) {
        err << ServeCommand::tr("--max-uncalled-claims: expected a number from 0 to 1000, got \"%1\"")
                   .arg(value(maxUncalled))
            << Qt::endl;
        return 2;
    }

    const QString certPath = value(tlsCert);
    const QString keyPath = value(tlsKey);
    if (certPath.isEmpty() != keyPath.isEmpty()) {
        err << ServeCommand::tr("--tls-cert and --tls-key go together") << Qt::endl;
        return 2;
    }
    if (!certPath.isEmpty()) {
        const QList<QSslCertificate> certificates = QSslCertificate::fromPath(certPath);
        QFile keyFile(keyPath);
        if (certificates.isEmpty()) {
            err << ServeCommand::tr("%1: no PEM certificate found").arg(certPath) << Qt::endl;
            return 2;
        }
        if (!keyFile.open(QIODevice::ReadOnly)) {
            err << ServeCommand::tr("%1: cannot read the key: %2").arg(keyPath, keyFile.errorString())
                << Qt::endl;
            return 2;
        }
        const QSslKey key(&keyFile, QSsl::Rsa);
        const QSslKey ecKey = key.isNull() ? (keyFile.seek(0), QSslKey(&keyFile, QSsl::Ec)) : key;
        if (ecKey.isNull()) {
            err << ServeCommand::tr("%1: not a PEM RSA or EC private key").arg(keyPath) << Qt::endl;
            return 2;
        }
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setLocalCertificateChain(certificates);
        tls.setPrivateKey(ecKey);
        tls.setPeerVerifyMode(QSslSocket::VerifyNone);
        serverConfig.tls = tls;
    }

    IntegrationsConfig integrations;
    {
        const auto list = [&](const QCommandLineOption &option) {
            QStringList values = parser.values(option);
            if (values.isEmpty() && settings)
                values = settings->value(option.names().constFirst()).toStringList();
            return values;
        };
        const auto httpUrl = [&](const QString &option, const QString &text, QUrl *url) {
            *url = QUrl(text, QUrl::StrictMode);
            if (url->isValid() && !url->host().isEmpty() &&
                (url->scheme() == u"https" || url->scheme() == u"http"))
                return true;
            err << ServeCommand::tr("--%1: not an http(s) URL: \"%2\"").arg(option, text) << Qt::endl;
            return false;
        };
        const QStringList hooks = list(webhook);
        const QStringList secrets = list(webhookSecret);
        if (hooks.size() != secrets.size()) {
            err << ServeCommand::tr(
                       "--webhook and --webhook-secret-file go in pairs: %1 webhooks, %2 secret files")
                       .arg(hooks.size())
                       .arg(secrets.size())
                << Qt::endl;
            return 2;
        }
        for (qsizetype i = 0; i < hooks.size(); ++i) {
            IntegrationsConfig::Webhook hook;
            if (!httpUrl(QStringLiteral("webhook"), hooks.at(i), &hook.url))
                return 2;
            const auto secret = IntegrationsConfig::readSecret(secrets.at(i), &error);
            if (!secret) {
                err << ServeCommand::tr("--webhook-secret-file: %1").arg(error) << Qt::endl;
                return 2;
            }
            hook.secret = *secret;
            integrations.webhooks.append(hook);
        }
        const auto secretOption = [&](const QCommandLineOption &option, QByteArray *secret) {
            const QString path = value(option);
            if (path.isEmpty()) {
                err << ServeCommand::tr("--crm %1 needs --%2").arg(value(crm), option.names().constFirst())
                    << Qt::endl;
                return false;
            }
            const auto read = IntegrationsConfig::readSecret(path, &error);
            if (!read) {
                err << ServeCommand::tr("--%1: %2").arg(option.names().constFirst(), error) << Qt::endl;
                return false;
            }
            *secret = *read;
            return true;
        };
        const QString crmName = value(crm);
        if (crmName == u"hubspot") {
            integrations.crm = IntegrationsConfig::Crm::HubSpot;
            if (!secretOption(crmTokenFile, &integrations.crmToken) ||
                !httpUrl(QStringLiteral("crm-base-url"),
                         value(crmBaseUrl, QStringLiteral("https://api.hubapi.com")),
                         &integrations.crmBaseUrl))
                return 2;
        } else if (crmName == u"salesforce") {
            integrations.crm = IntegrationsConfig::Crm::Salesforce;
            integrations.crmClientId = value(crmClientId);
            if (value(crmBaseUrl).isEmpty() || value(crmAuthUrl).isEmpty() ||
                integrations.crmClientId.isEmpty()) {
                err << ServeCommand::tr(
                           "--crm salesforce needs --crm-base-url, --crm-auth-url, --crm-client-id, "
                           "--crm-client-secret-file and --crm-refresh-token-file")
                    << Qt::endl;
                return 2;
            }
            if (!httpUrl(QStringLiteral("crm-base-url"), value(crmBaseUrl), &integrations.crmBaseUrl) ||
                !httpUrl(QStringLiteral("crm-auth-url"), value(crmAuthUrl), &integrations.crmAuthUrl) ||
                !secretOption(crmClientSecretFile, &integrations.crmClientSecret) ||
                !secretOption(crmRefreshTokenFile, &integrations.crmRefreshToken))
                return 2;
        } else if (!crmName.isEmpty()) {
            err << ServeCommand::tr("--crm: expected hubspot or salesforce, got \"%1\"").arg(crmName)
                << Qt::endl;
            return 2;
        }
        integrations.crmQualifiedStatus = value(crmQualifiedStatus);
        if (!integrations.crmQualifiedStatus.isEmpty() && integrations.crm == IntegrationsConfig::Crm::None) {
            err << ServeCommand::tr("--crm-qualified-status needs --crm") << Qt::endl;
            return 2;
        }
    }

    const auto loadedRules = Rules::load(value(rules, QStringLiteral("hot")), &error);
    if (!loadedRules) {
        err << error << Qt::endl;
        return 2;
    }
    const std::unique_ptr<Database> database = Database::open(*location, &error);
    if (!database || !database->checkpointInBackground(1000, &error)) {
        err << error << Qt::endl;
        return 2;
    }
    const auto store = SqlFeedStore::create(*database);
    TeamStore team(*store);
    if (team.list().isEmpty())
        err << ServeCommand::tr(
                   "note: the team is empty; add reps with: firstcall-feed rep add NAME --role sdr --db %1")
                   .arg(location->displayName())
            << Qt::endl;
    SystemClock clock;
    AlertDesk::Options options;
    options.visibility = *mode;
    options.maxUncalledClaims = uncalledCap;
    options.instanceName = value(instanceName, QString());
    options.metricsDatabasePath = dbPath; // dashboards read on a connection of their own
    AlertDesk desk(*store, team, *loadedRules, clock, options);
    std::unique_ptr<Integrations> connected;
    if (!integrations.isEmpty()) {
        connected = std::make_unique<Integrations>(integrations, *store, team, clock);
        connected->attach(desk);
    }
    if (!desk.start(&error)) {
        err << error << Qt::endl;
        return 2;
    }
    if (connected)
        connected->start();
    FeedServer server(serverConfig, desk, team);
    if (!server.listen(&error)) {
        err << error << Qt::endl;
        return 2;
    }
    const QString host = serverConfig.listenAddress.protocol() == QAbstractSocket::IPv6Protocol
                             ? u'[' + serverConfig.listenAddress.toString() + u']'
                             : serverConfig.listenAddress.toString();
    out << ServeCommand::tr("firstcall-feed: ingest on %1://%2:%3/v1, feed on %4://%2:%5/ (%6, rules \"%7\")")
               .arg(serverConfig.tls ? QStringLiteral("https") : QStringLiteral("http"), host)
               .arg(server.httpPort())
               .arg(serverConfig.tls ? QStringLiteral("wss") : QStringLiteral("ws"))
               .arg(server.wsPort())
               .arg(visibilityName(*mode), loadedRules->name)
        << Qt::endl;
    quitOnSignals(&server);
    const int status = QCoreApplication::exec();
    out << ServeCommand::tr("firstcall-feed: stopped") << Qt::endl;
    return status;
}
