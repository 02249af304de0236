#pragma once

#include <QHashFunctions>
#include <QString>

// A rep's name as a hash key, for the containers that routing reads for every rep at every lead.
//
// Qt 6.4's seeded qHash(QString) takes about 170 ns for a key under 16 bytes (a name of up to
// seven characters) on processors with VAES, against 7 ns for a longer one: its short-key path
// runs legacy-SSE AES instructions after 256-bit AVX ones (docs/benchmarks.md, "Short keys").
// Rep names are short, and routing one lead looked each rep up about six times, so that hashing
// was a third of the feed server's CPU. This key hashes names with FNV-1a and a 64-bit
// finaliser instead. Names come from the team file and signed-in consoles, not from events, so
// the weaker hash is no flooding risk; QHash's per-process seed still goes into it.
class RepKey
{
public:
    RepKey() = default;
    RepKey(const QString &name) // NOLINT(google-explicit-constructor): stands in for the name
        : m_name(name)
    {}

    const QString &name() const { return m_name; }
    operator const QString &() const { return m_name; } // NOLINT(google-explicit-constructor)

    friend bool operator==(const RepKey &a, const RepKey &b) noexcept { return a.m_name == b.m_name; }
    friend bool operator!=(const RepKey &a, const RepKey &b) noexcept { return a.m_name != b.m_name; }

private:
    QString m_name;
};

size_t qHash(const RepKey &key, size_t seed = 0) noexcept;
