// Hashing rep names: a lookup by name in a QHash<QString, int> against a QHash<RepKey, int>, for
// names of 3 to 24 characters, with QHash's per-process seed as the servers run. Qt 6.4's seeded
// qHash of a key under 16 bytes is slow on processors with VAES (docs/benchmarks.md, "Short
// keys"); this shows whether the machine it runs on is one. Prints ns per lookup.
#include "team/repkey.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QStringList>
#include <QTextStream>

namespace {

template<typename Key>
double nsPerLookup(const QStringList &names, int rounds)
{
    QHash<Key, int> hash;
    for (const QString &name : names)
        hash.insert(name, 1);
    QElapsedTimer timer;
    timer.start();
    qint64 found = 0;
    for (int r = 0; r < rounds; ++r) {
        for (const QString &name : names)
            found += hash.value(name);
    }
    const double ns = double(timer.nsecsElapsed()) / (double(rounds) * double(names.size()));
    return found == qint64(rounds) * names.size() ? ns : -1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    out << "lookup of one of 200 rep names, ns (QHash<QString, int> / QHash<RepKey, int>)\n";
    for (const int length : {3, 6, 7, 8, 12, 24}) {
        QStringList names;
        for (int i = 0; i < 200; ++i)
            names.append(QStringLiteral("%1").arg(i, length, 10, QLatin1Char('r')));
        const double byString = nsPerLookup<QString>(names, 5000);
        const double byKey = nsPerLookup<RepKey>(names, 5000);
        out << QStringLiteral("  %1 characters: %2 / %3\n")
                   .arg(length, 2)
                   .arg(byString, 0, 'f', 1)
                   .arg(byKey, 0, 'f', 1);
    }
    return 0;
}
