#pragma once

#include <QStringList>
#include <QTextStream>

// `arguments` as given to the program: {"firstcall-feed", "serve", ...}; returns the exit status.
int runServe(const QStringList &arguments, QTextStream &out, QTextStream &err);
