#include "plift/report/reminder_digest.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "plift/core/keys.hpp"
#include "plift/core/text.hpp"

namespace plift::report {

namespace {

// The words around the reminders, in the programme's language.
struct Frame {
  const char* no_coach;
  const char* no_email;
  const char* intro;              // {0} programme, {1} day
  const char* one_reminder;
  const char* many_reminders;
  const char* subject_coach;      // {0} programme, {1} count, {2} "reminder(s)", {3} coach, {4} day
  const char* subject_no_email;   // same
  const char* subject_office;     // {0}, {1}, {2}, {4}
};

constexpr Frame english_frame{
    "(no coach)",
    "no e-mail address",
    "Reminders from {0} on {1}, most overdue first:",
    "reminder",
    "reminders",
    "{0}: {1} {2} for {3} ({4})",
    "{0}: {1} {2} for {3}, who has no e-mail address ({4})",
    "{0}: {1} {2} for the programme office ({4})",
};

constexpr Frame swedish_frame{
    "(ingen coach)",
    "saknar e-postadress",
    "Påminnelser från {0} den {1}, de mest försenade först:",
    "påminnelse",
    "påminnelser",
    "{0}: {1} {2} för {3} ({4})",
    "{0}: {1} {2} för {3}, som saknar e-postadress ({4})",
    "{0}: {1} {2} till programkontoret ({4})",
};

constexpr Frame norwegian_frame{
    "(ingen coach)",
    "mangler e-postadresse",
    "Påminnelser fra {0} {1}, de mest forsinkede først:",
    "påminnelse",
    "påminnelser",
    "{0}: {1} {2} for {3} ({4})",
    "{0}: {1} {2} for {3}, som mangler e-postadresse ({4})",
    "{0}: {1} {2} til programkontoret ({4})",
};

const Frame& frame_for(Language language) {
  switch (language) {
    case Language::sv: return swedish_frame;
    case Language::nb: return norwegian_frame;
    case Language::en: break;
  }
  return english_frame;
}

// The text listing: a heading per coach, then one aligned line per reminder.
// Names and messages are written on one line each (one_line): a name an older
// database holds with a line break or an escape sequence must not break the
// layout or reach a terminal or a mail reader as a control character.
std::string text_listing(const std::vector<CoachGroup>& groups, const Frame& frame) {
  std::size_t kind_width = 0;
  std::size_t company_width = 0;
  for (const CoachGroup& group : groups) {
    for (const Reminder& r : group.reminders) {
      kind_width = std::max(kind_width, display_width(to_string(r.kind)));
      company_width = std::max(company_width, display_width(r.company));
    }
  }
  std::string text;
  for (const CoachGroup& group : groups) {
    if (!text.empty()) text += '\n';
    if (!group.coach) {
      text += frame.no_coach;
    } else if (group.coach->email) {
      text += one_line(fmt::format("{} ({}) <{}>", group.coach->name, group.coach->key, *group.coach->email));
    } else {
      text += one_line(fmt::format("{} ({}), {}", group.coach->name, group.coach->key, frame.no_email));
    }
    text += '\n';
    for (const Reminder& r : group.reminders) {
      std::string kind = to_string(r.kind);
      text += fmt::format("  {}  {}{}  {}{}  {}\n", format_date(r.due), kind,
                          std::string(kind_width - display_width(kind), ' '), one_line(r.company),
                          std::string(company_width - display_width(r.company), ' '), one_line(r.message));
    }
  }
  return text;
}

std::string count_text(std::size_t count, const Frame& frame) {
  return count == 1 ? frame.one_reminder : frame.many_reminders;
}

}  // namespace

std::vector<CoachGroup> group_by_coach(const std::vector<Reminder>& reminders,
                                       const std::map<std::string, Coach>& coaches) {
  std::map<std::string, CoachGroup> by_coach;
  CoachGroup without_coach;
  for (const Reminder& reminder : reminders) {
    if (!reminder.coach) {
      without_coach.reminders.push_back(reminder);
      continue;
    }
    CoachGroup& group = by_coach[*reminder.coach];
    if (!group.coach) {
      auto it = coaches.find(*reminder.coach);
      group.coach = it != coaches.end() ? it->second : Coach{*reminder.coach, *reminder.coach, "", {}, {}};
    }
    group.reminders.push_back(reminder);
  }
  std::vector<CoachGroup> groups;
  for (auto& [key, group] : by_coach) groups.push_back(std::move(group));
  if (!without_coach.reminders.empty()) groups.push_back(std::move(without_coach));
  return groups;
}

std::string digest_text(const std::vector<CoachGroup>& groups, Language language) {
  return text_listing(groups, frame_for(language));
}

// One message: to the coach, to the office for a coach without an e-mail
// address, or (no coach) the office's full list.
std::string digest_mail(const DigestMail& s, const std::vector<CoachGroup>& groups, const std::optional<Coach>& coach) {
  const Frame& frame = frame_for(s.program->language);
  std::size_t count = 0;
  for (const CoachGroup& group : groups) count += group.reminders.size();
  std::string day = format_date(s.as_of);
  render::MailMessage message;
  message.from = s.office;
  message.date = s.date;
  std::string label = coach ? coach->key : "office";
  if (coach && coach->email) {
    message.to = {{one_line(coach->name), *coach->email}};
    message.subject = fmt::format(fmt::runtime(frame.subject_coach), s.program->name, count,
                                  count_text(count, frame), coach->name, day);
  } else if (coach) {
    message.to = {s.office};
    message.subject = fmt::format(fmt::runtime(frame.subject_no_email), s.program->name, count,
                                  count_text(count, frame), coach->name, day);
  } else {
    message.to = {s.office};
    message.subject = fmt::format(fmt::runtime(frame.subject_office), s.program->name, count,
                                  count_text(count, frame), "", day);
  }
  message.subject = one_line(message.subject);
  message.body = one_line(fmt::format(fmt::runtime(frame.intro), s.program->name, day)) + "\n\n" +
                 text_listing(groups, frame) + "\n-- \nplift remind\n";
  // The coach's key goes into the hash, not the text: long keys would push
  // the header past the 78 characters a mail line should keep to.
  std::string content = label + '\n' + message.to.front().address + '\n' + message.subject + '\n' + message.body;
  message.message_id = render::make_message_id(fmt::format("remind.{}", day), content, s.office.address);
  return render::format_mail(message);
}

}  // namespace plift::report
