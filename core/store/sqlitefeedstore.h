#pragma once

#include "sqlfeedstore.h"

// The feed store on SQLite: the feed schema's migrations, and alert ids counted on from the
// highest stored (one server owns the file).
class SqliteFeedStore final : public SqlFeedStore
{
public:
    explicit SqliteFeedStore(Database &database);

    // Migration i brings the feed schema to version i + 1.
    static const Database::Migrations &migrations();

    qint64 nextAlertId() override;

protected:
    void alertStored(qint64 id) override;

private:
    qint64 m_lastAlertId = -1; // -1 until read from the alerts table
};
