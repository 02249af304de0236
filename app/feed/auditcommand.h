#pragma once

#include <QStringList>
#include <QTextStream>

// `firstcall-feed audit --db FILE|URI [--format text|json] LEAD_ID`: every routing decision
// about one lead, in order, with its time: offered to whom, who was skipped and why, claims,
// escalations, reroutes and reassignments. With --ledger: the managers' fairness ledger per rep.
int runAudit(const QStringList &arguments, QTextStream &out, QTextStream &err);
