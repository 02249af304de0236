#include "repkey.h"

size_t qHash(const RepKey &key, size_t seed) noexcept
{
    quint64 h = 0xcbf29ce484222325ULL ^ quint64(seed);
    for (const QChar c : key.name()) {
        h ^= c.unicode();
        h *= 0x100000001b3ULL;
    }
    // MurmurHash3's fmix64, so that every bit QHash uses for its buckets depends on every unit.
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    h *= 0xc4ceb9fe1a85ec53ULL;
    h ^= h >> 33;
    return size_t(h);
}
