#pragma once
// What `plift remind` sends: the reminders due grouped by coach, as the text
// listing and as one mail per coach (or the office's full list), in the
// programme's language.

#include <chrono>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "plift/core/coach.hpp"
#include "plift/core/program.hpp"
#include "plift/core/reminders.hpp"
#include "plift/render/mail.hpp"

namespace plift::report {

// Reminders of one coach (or of companies without one), most overdue first.
struct CoachGroup {
  std::optional<Coach> coach;
  std::vector<Reminder> reminders;
};
// By coach key, the companies without a coach last; `coaches` names them.
std::vector<CoachGroup> group_by_coach(const std::vector<Reminder>& reminders,
                                       const std::map<std::string, Coach>& coaches);

// A heading per coach, then one aligned line per reminder; every name and
// message on one line, whatever an older database holds.
std::string digest_text(const std::vector<CoachGroup>& groups, Language language);

// What the mails need besides the reminders.
struct DigestMail {
  render::MailAddress office;
  std::chrono::sys_seconds date;
  const Program* program;
  Date as_of;
};
// One RFC 5322 message: to the coach, to the office for a coach without an
// e-mail address, or (no coach) the office's full list.
std::string digest_mail(const DigestMail& setting, const std::vector<CoachGroup>& groups,
                        const std::optional<Coach>& coach);

}  // namespace plift::report
