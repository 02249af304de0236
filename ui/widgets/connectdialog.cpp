#include "connectdialog.h"

#include "client/connectionprobe.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

ConnectDialog::ConnectDialog(const QUrl &server, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Connect to your team's feed"));
    m_probe = new ConnectionProbe(this);
    connect(m_probe, &ConnectionProbe::finished, this, &ConnectDialog::handleProbe);

    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Firstcall shows your team's hot leads from its feed server. Your RevOps "
                                "team gives you its address and your access token (made with "
                                "<i>firstcall-feed rep add</i>)."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    m_server = new QLineEdit(server.toString(), this);
    m_server->setPlaceholderText(QStringLiteral("ws://feed.example.com:8788/"));
    form->addRow(tr("&Server:"), m_server);
    m_token = new QLineEdit(this);
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setPlaceholderText(tr("Your access token"));
    form->addRow(tr("&Token:"), m_token);
    layout->addLayout(form);

    m_result = new QLabel(this);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_result);

    auto *buttons = new QDialogButtonBox(this);
    m_test = buttons->addButton(tr("T&est the connection"), QDialogButtonBox::ActionRole);
    auto *demo = buttons->addButton(tr("Try the &demo"), QDialogButtonBox::HelpRole);
    m_connect = buttons->addButton(tr("&Connect"), QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(m_test, &QPushButton::clicked, this, [this] {
        m_connectOnSuccess = false;
        test();
    });
    connect(demo, &QPushButton::clicked, this, [this] { done(Demo); });
    // Connect tests first; the dialog closes only once the feed has said yes.
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        m_connectOnSuccess = true;
        test();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    m_connect->setDefault(true);
    (m_server->text().isEmpty() ? m_server : m_token)->setFocus();
    resize(520, sizeHint().height());
}

QUrl ConnectDialog::server() const
{
    return QUrl::fromUserInput(m_server->text().trimmed());
}

QString ConnectDialog::token() const
{
    return m_token->text().trimmed();
}

QString ConnectDialog::resultText() const
{
    return m_result->text();
}

void ConnectDialog::test()
{
    m_result->setText(tr("Testing…"));
    m_test->setEnabled(false);
    m_connect->setEnabled(false);
    m_probe->start(QUrl(m_server->text().trimmed()), token());
}

void ConnectDialog::handleProbe(bool ok, const QString &message, const QString &role)
{
    m_test->setEnabled(true);
    m_connect->setEnabled(true);
    if (!ok) {
        m_result->setText(tr("Not connected: %1").arg(message));
        return;
    }
    m_result->setText(tr("Connected as %1 (%2).").arg(message, role));
    if (m_connectOnSuccess)
        accept();
}
