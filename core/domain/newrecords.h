#pragma once

#include "domain.h"

namespace neuvo {

// What a new record starts with before anyone types into it, the same in the
// desktop's dialogs and in neuvo-cli's add commands.
class NewRecords final
{
public:
    // A new client is usually one being talked to, in the freelancer's own
    // time zone (the system's, when Qt knows it).
    static Client client();
    // The profile's currency, NDA markup, included revision rounds and
    // guarantee.
    static Project project(const Profile &profile, qint64 clientId);
};

} // namespace neuvo
