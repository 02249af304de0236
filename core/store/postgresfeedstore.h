#pragma once

#include "sqlfeedstore.h"

// The feed store on PostgreSQL (Qt's QPSQL driver): the feed schema's migrations for it, and
// alert ids from a sequence, so that servers sharing the database never hand out one twice.
// JSON documents are text (byte-exact, as the consoles receive them), times and ids bigint.
class PostgresFeedStore final : public SqlFeedStore
{
public:
    explicit PostgresFeedStore(Database &database);

    // Migration i brings the feed schema to version i + 1.
    static const Database::Migrations &migrations();

    // From the alert_ids sequence; 0 (which upsertAlert() refuses) when it cannot be read.
    qint64 nextAlertId() override;

protected:
    void alertStored(qint64 id) override;

private:
    qint64 m_highestKnownId = 0; // the sequence is known to be past this
};
