#pragma once
// The [reminders] settings that mail needs, checked the same way by the
// commands that use them and by `plift config check`.

#include <string>
#include <vector>

#include "context.hpp"
#include "plift/render/mail.hpp"

namespace plift::cli {

// The sender: [reminders].mail_from, with the programme's name when it has
// no display name of its own; exit 78 naming the file and line when it is
// empty or not an address.
render::MailAddress require_mail_from(Context& ctx);

// The command [reminders].sendmail names, in words; exit 78 when it names none
// or does not split.
std::vector<std::string> require_sendmail(Context& ctx);

}  // namespace plift::cli
