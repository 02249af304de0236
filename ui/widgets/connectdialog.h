#pragma once

#include <QDialog>
#include <QUrl>

class ConnectionProbe;
class QLabel;
class QLineEdit;
class QPushButton;

// The first start: where the team's feed is and the rep's token, tested before they are kept,
// with the exact reason when the test fails; or the demo instead.
class ConnectDialog final : public QDialog
{
    Q_OBJECT

public:
    enum Outcome
    {
        Connect = QDialog::Accepted,
        Demo = QDialog::Accepted + 1
    };

    explicit ConnectDialog(const QUrl &server = {}, QWidget *parent = nullptr);

    QUrl server() const;
    QString token() const;
    QString resultText() const;

    // Tests what the fields say; "Connect" does the same and closes the dialog on success.
    void test();

private:
    void handleProbe(bool ok, const QString &message, const QString &role);

    QLineEdit *m_server = nullptr;
    QLineEdit *m_token = nullptr;
    QLabel *m_result = nullptr;
    QPushButton *m_test = nullptr;
    QPushButton *m_connect = nullptr;
    ConnectionProbe *m_probe = nullptr;
    bool m_connectOnSuccess = false;
};
