// The rules loader on a rules file (`--rules FILE` of firstcall-feed and firstcall-score),
// then what scoring asks of the rules it loaded.

#include "rules/rules.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray json(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    const std::optional<Rules> rules = Rules::parse(json, QStringLiteral("fuzz.json"), &error);
    if (!rules)
        return 0;
    for (const double score : {-1.0, 0.0, 42.5, 1e9})
        (void)rules->bandFor(score);
    for (int tier = 0; tier <= 4; ++tier)
        (void)rules->bandForTier(tier);
    (void)rules->typeForEvent(QStringLiteral("Demo Requested"));
    (void)rules->typeForPage(QStringLiteral("/pricing"));
    (void)rules->isCLevel(QStringLiteral("Chief Revenue Officer"), QStringLiteral("c-level"));
    for (const SignalType &type : rules->signalTypes) {
        for (const double age : {0.0, 3600.0, 30 * kSecondsPerDay})
            (void)type.valueAt(age, rules->rollingWindowSeconds);
    }
    return 0;
}
