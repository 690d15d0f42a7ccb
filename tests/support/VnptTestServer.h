#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QStringList>
#include <map>
#include <set>

class QTcpServer;
class QTcpSocket;

namespace ocopos::test {

/// A stand-in for VNPT Invoice's PublishService.asmx on 127.0.0.1, real HTTP,
/// answering ImportAndPublishInvMTT and GetMCCQThueByFkeys as docs/EINVOICE.md
/// reads VNPT's published guide: `OK:<pattern>;<serial>-<key>_<no>_<MCCQT>,...`,
/// `ERR:1` (account), `ERR:3` (invoice data), `ERR:13` (a key it already has),
/// `ERR:20` (pattern/serial), `ERR:5` (cannot publish now). It lives on the
/// test's thread: the client's blocking call runs an event loop that serves it.
class VnptTestServer : public QObject {
public:
    enum class Mode {
        Normal, ///< publishes and answers
        Down, ///< not listening: connections are refused
        Busy, ///< answers HTTP 503
        Silent, ///< reads the request and never answers (a timeout)
        LoseAnswer, ///< publishes, then drops the connection without answering
        CodeLater, ///< publishes; the MCCQT comes only on a later lookup
    };

    VnptTestServer();
    ~VnptTestServer() override;

    /// http://127.0.0.1:PORT (the port stays the same across Down and back).
    QString url() const;
    void setMode(Mode m);
    /// Invoices whose content the "tax authority" refuses (ERR:3), by key.
    void rejectKey(const QString& key) { m_reject.insert(key); }
    /// The account and password it accepts (others: ERR:1).
    void setAccount(const QString& account, const QString& password);

    /// Every invoice published, by key, each exactly once.
    const std::map<QString, QString>& codes() const { return m_codes; }
    int publishCalls() const { return m_publishCalls; }
    int lookupCalls() const { return m_lookupCalls; }
    /// The largest batch received.
    int largestBatch() const { return m_largestBatch; }
    /// The xmlInvData of the last publish call.
    const QByteArray& lastBatch() const { return m_lastBatch; }

private:
    void onConnection();
    void onData(QTcpSocket* socket);
    QByteArray handle(const QByteArray& body, bool* drop);
    QByteArray publish(const std::map<QString, QString>& args);
    QByteArray lookup(const std::map<QString, QString>& args);

    QTcpServer* m_server;
    quint16 m_port = 0;
    Mode m_mode = Mode::Normal;
    std::set<QString> m_reject;
    QString m_account = QStringLiteral("store"), m_password = QStringLiteral("secret");
    std::map<QString, QString> m_codes; ///< key → MCCQT
    std::map<QString, QString> m_numbers; ///< key → number
    std::set<QString> m_codeLater; ///< published, code not yet given
    std::map<QTcpSocket*, QByteArray> m_buffers;
    int m_publishCalls = 0;
    int m_lookupCalls = 0;
    int m_largestBatch = 0;
    QByteArray m_lastBatch;
    qint64 m_serial = 0;
};

} // namespace ocopos::test
