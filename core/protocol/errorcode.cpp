#include "errorcode.h"

#include <array>
#include <utility>

namespace protocol {

namespace {

constexpr std::array kNames{
    std::pair{ErrorCode::BadMessage, u"bad_message"},
    std::pair{ErrorCode::BadRequest, u"bad_request"},
    std::pair{ErrorCode::RateLimited, u"rate_limited"},
    std::pair{ErrorCode::NotFound, u"not_found"},
    std::pair{ErrorCode::NotVisible, u"not_visible"},
    std::pair{ErrorCode::AlreadyClaimed, u"already_claimed"},
    std::pair{ErrorCode::Closed, u"closed"},
    std::pair{ErrorCode::NotClaimed, u"not_claimed"},
    std::pair{ErrorCode::NotOwner, u"not_owner"},
    std::pair{ErrorCode::Forbidden, u"forbidden"},
    std::pair{ErrorCode::ClaimLimit, u"claim_limit"},
    std::pair{ErrorCode::Storage, u"storage"},
    std::pair{ErrorCode::Unavailable, u"unavailable"},
};

} // namespace

QString errorCodeName(ErrorCode code)
{
    for (const auto &[c, name] : kNames) {
        if (c == code)
            return QString::fromUtf16(name);
    }
    return {};
}

std::optional<ErrorCode> parseErrorCode(const QString &name)
{
    for (const auto &[c, n] : kNames) {
        if (name == QStringView(n))
            return c;
    }
    return std::nullopt;
}

} // namespace protocol
