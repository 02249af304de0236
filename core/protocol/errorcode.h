#pragma once

#include <QString>

#include <optional>

namespace protocol {

// Why a request or a message was refused: the `code` of an `error` message and of a failed
// `result` (docs/protocol.md, "Error codes").
enum class ErrorCode
{
    BadMessage,     // not a request at all (not JSON, not an object, no type)
    BadRequest,     // a request with a missing or wrong field
    RateLimited,    // over the connection's rate limit; send it again later
    NotFound,       // no alert for that lead
    NotVisible,     // the lead is not in the rep's queue
    AlreadyClaimed, // a colleague has it
    Closed,         // the alert was already worked
    NotClaimed,     // release of a lead nobody holds
    NotOwner,       // release of a colleague's lead
    Forbidden,      // the rep's role may not do this
    ClaimLimit,     // the rep holds the most claimed leads not yet called that the server allows
    Storage,        // the server could not store it; the console keeps it and tries again
    Unavailable,    // the server cannot reach its database now; the console keeps it and tries again
};

QString errorCodeName(ErrorCode code);
std::optional<ErrorCode> parseErrorCode(const QString &name);

} // namespace protocol
