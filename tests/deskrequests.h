#pragma once

#include "protocol/messages.h"
#include "routing/alertdesk.h"

#include <QJsonObject>

// A console's request as the feed server handles it: decoded from its JSON, answered as the
// JSON of its result.
inline QJsonObject handleRequest(AlertDesk &desk, const Rep &rep, const QJsonObject &message)
{
    const auto decoded = protocol::decodeRequest(message);
    if (const auto *refusal = std::get_if<protocol::Result>(&decoded))
        return refusal->toJson();
    return desk.handleAction(rep, std::get<protocol::Request>(decoded)).toJson();
}
