#pragma once

#include <QStringList>
#include <QTextStream>

// `firstcall-feed report --db FILE [--from DATE] [--to DATE] [--rep NAME] [--format csv|json]`:
// speed-to-lead metrics from a feed database, for scripts.
int runReport(const QStringList &arguments, QTextStream &out, QTextStream &err);
