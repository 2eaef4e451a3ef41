// The reports' words in English, Swedish and Norwegian bokmål.
#include "plift/report/labels.hpp"

#include <fmt/format.h>

#include <cmath>

namespace plift::report {

namespace {

constexpr Labels english{
    .quarterly_title = "Quarterly report {0}: {1}",
    .portfolio = "Portfolio",
    .visits = "Coach visits",
    .pulse = "Pulse meetings",
    .training = "Lean course",
    .gatherings = "Joint gatherings and seminars",
    .kpis = "Key figures",
    .assessments = "Lean status assessments",
    .risks = "Risks",
    .companies = "Companies",
    .period = "Period: {0} to {1}",
    .as_of = "Data as of {0}",
    .region = "Region: {0}",
    .all_regions = "All regions",
    .active_at_end = "Active companies at the end of the period",
    .started = "Started during the quarter",
    .completed = "Completed during the quarter",
    .withdrawn = "Withdrawn during the quarter",
    .planned_at_end = "Planned (not yet started)",
    .phase = "Phase",
    .region_column = "Region",
    .active_column = "Active",
    .planned_column = "Planned",
    .started_column = "Started",
    .completed_column = "Completed",
    .withdrawn_column = "Withdrawn",
    .visits_held = "Visits held",
    .visits_expected = "Visits expected by the cadence",
    .adherence = "Adherence",
    .coach = "Coach",
    .no_coach = "(no coach)",
    .company_count = "Companies",
    .held = "Held",
    .expected = "Expected",
    .pulse_intro = "Latest pulse status of the active companies:",
    .green = "Green",
    .yellow = "Yellow",
    .red = "Red",
    .no_pulse = "No pulse meeting yet",
    .enrolled_in_quarter = "Participants enrolled this quarter",
    .completed_in_quarter = "Participants who completed the course this quarter",
    .enrolled_total = "Participants enrolled in total",
    .completed_total = "Participants who have completed the course in total",
    .meeting_quota = "Active companies meeting the quota of {2} participants: {0} of {1}",
    .gatherings_held = "Joint gatherings held",
    .attendances = "Company attendances at them",
    .seminars_held = "Seminars held",
    .seminar_participants = "Seminar participants",
    .seminar_companies = "Companies reached by seminars",
    .kpi = "Key figure",
    .kpi_companies = "Companies measured",
    .improved = "Improved",
    .median_change = "Median change",
    .no_kpis = "No key figures are configured.",
    .companies_assessed = "Companies assessed",
    .companies_reassessed = "Companies assessed again after the baseline",
    .mean_score = "Mean score: {0} at baseline, {1} at the latest assessment (change {2})",
    .no_risks = "Nothing was overdue or due soon at the end of the period.",
    .due = "Due",
    .message = "What",
    .company = "Company",
    .status = "Status",
    .visits_column = "Visits held/expected",
    .latest_pulse = "Latest pulse",
    .kpi_changes = "Key figure changes",
    .no_companies = "No company was active during the quarter.",
    .status_planned = "planned",
    .status_active = "active",
    .status_completed = "completed",
    .status_withdrawn = "withdrawn",
    .yes = "yes",
    .no = "no",
    .none = "–",
    // The company report
    .company_title = "{0}: journey report",
    .programme_line = "{0}. Data as of {1}.",
    .sector = "Sector",
    .employees = "Employees",
    .journey_start = "Journey started",
    .journey_planned_end = "Planned end of the journey",
    .current_phase = "Current phase",
    .journey_ended = "Ended",
    .phases = "Phases: planned and actual",
    .planned_start = "Planned start",
    .planned_end = "Planned end",
    .actual_start = "Started",
    .actual_end = "Ended",
    .days_late = "Days late",
    .forced_move = "{}: moved on on {} with open checklist items: {}",
    .checklist = "Checklist",
    .checklist_not_started = "Not started yet.",
    .last_visit = "Last visit",
    .next_visit_due = "Next visit due",
    .date = "Date",
    .note = "Note",
    .baseline = "Baseline",
    .latest = "Latest",
    .change = "Change",
    .trend = "Trend",
    .kpi_improved = "Improved",
    .no_kpi_values = "No key figures recorded yet.",
    .scale = "Each dimension is scored from {0} to {1}.",
    .mean = "Mean",
    .no_assessments = "No assessment yet.",
    .steering = "Steering group",
    .person = "Name",
    .role = "Role",
    .role_management = "Management",
    .role_union = "Union representative",
    .role_employee = "Employee",
    .role_manager = "Manager",
    .role_other = "Other",
    .steering_complete = "Both management and the union are represented.",
    .steering_missing_management = "Management is not represented.",
    .steering_missing_union = "The union is not represented.",
    .no_steering = "No steering group members recorded yet.",
    .course_counting = "Participants counting towards the quota of {1}: {0}",
    .enrolled = "Enrolled",
    .course_completed = "Completed",
    .participant_enrolled = "enrolled",
    .participant_completed = "completed",
    .participant_dropped = "dropped out",
    .no_participants = "No course participants yet.",
    .joint_attended = "Joint gatherings attended: {0} of {1} expected by now ({2} over the whole journey)",
    .gathering = "Gathering",
    .kind = "Kind",
    .people = "People",
    .kind_joint = "Joint gathering",
    .kind_seminar = "Seminar",
    .no_gatherings = "No gatherings attended yet.",
    // The company report's HTML page
    .at_a_glance = "At a glance",
    .card_visits = "Coach visits: held / expected by the cadence",
    .card_course = "Course participants / quota",
    .card_gatherings = "Joint gatherings: attended / expected by now",
    .card_assessment = "Mean score at the latest assessment",
    .journey_caption = "The phases as planned (thin bars: a phase entered from the day it started, the later ones "
                       "back to back after it) against the phases as recorded (thick bars); red marks the days past "
                       "a phase's planned end. Grey bands are holiday weeks and holiday days, the dashed red line "
                       "is the day the data stand as of.",
    .chart_planned = "planned",
    .chart_actual = "actual",
    .chart_late = "late",
    .holiday_week = "holiday week",
    .holiday_days = "holiday",
    .one_day_late = "1 day late",
    .days_late_count = "{0} days late",
    .no_phase_entered = "No phase has been entered yet.",
    .visits_by_phase_caption = "Coach visits held (dark) against the visits the cadence expects (light), per phase "
                               "entered.",
    .pulse_caption = "Every pulse meeting by date: a green circle, a yellow square or a red triangle. The table "
                     "below gives the notes.",
    .checklist_done = "{0} of {1} done",
    .check_done = "done",
    .check_open = "not done",
    .acknowledged_findings = "Acknowledged findings",
    .rule = "Rule",
    .finding = "Finding",
    .reason = "Reason",
    .acknowledged_on = "Acknowledged",
    .until = "Until",
    .until_taken_back = "until taken back",
};

constexpr Labels swedish{
    .quarterly_title = "Kvartalsrapport {0}: {1}",
    .portfolio = "Portfölj",
    .visits = "Coachbesök",
    .pulse = "Pulsmöten",
    .training = "Leankurs",
    .gatherings = "Gemensamma träffar och seminarier",
    .kpis = "Nyckeltal",
    .assessments = "Bedömningar av Lean-status",
    .risks = "Risker",
    .companies = "Företag",
    .period = "Period: {0} till {1}",
    .as_of = "Uppgifter per {0}",
    .region = "Region: {0}",
    .all_regions = "Alla regioner",
    .active_at_end = "Aktiva företag vid periodens slut",
    .started = "Startade under kvartalet",
    .completed = "Avslutade under kvartalet",
    .withdrawn = "Avbrutna under kvartalet",
    .planned_at_end = "Planerade (ännu inte startade)",
    .phase = "Fas",
    .region_column = "Region",
    .active_column = "Aktiva",
    .planned_column = "Planerade",
    .started_column = "Startade",
    .completed_column = "Avslutade",
    .withdrawn_column = "Avbrutna",
    .visits_held = "Genomförda besök",
    .visits_expected = "Förväntade besök enligt besöksintervallet",
    .adherence = "Måluppfyllelse",
    .coach = "Coach",
    .no_coach = "(ingen coach)",
    .company_count = "Företag",
    .held = "Genomförda",
    .expected = "Förväntade",
    .pulse_intro = "Senaste pulsstatus för de aktiva företagen:",
    .green = "Grön",
    .yellow = "Gul",
    .red = "Röd",
    .no_pulse = "Inget pulsmöte ännu",
    .enrolled_in_quarter = "Deltagare som anmälts under kvartalet",
    .completed_in_quarter = "Deltagare som slutfört kursen under kvartalet",
    .enrolled_total = "Anmälda deltagare totalt",
    .completed_total = "Deltagare som slutfört kursen totalt",
    .meeting_quota = "Aktiva företag som uppfyller kravet på {2} deltagare: {0} av {1}",
    .gatherings_held = "Genomförda gemensamma träffar",
    .attendances = "Företagens deltaganden i dem",
    .seminars_held = "Genomförda seminarier",
    .seminar_participants = "Deltagare på seminarierna",
    .seminar_companies = "Företag som seminarierna nådde",
    .kpi = "Nyckeltal",
    .kpi_companies = "Mätta företag",
    .improved = "Förbättrade",
    .median_change = "Medianförändring",
    .no_kpis = "Inga nyckeltal är konfigurerade.",
    .companies_assessed = "Bedömda företag",
    .companies_reassessed = "Företag som bedömts igen efter utgångsläget",
    .mean_score = "Medelpoäng: {0} i utgångsläget, {1} vid den senaste bedömningen (förändring {2})",
    .no_risks = "Inget var försenat eller förföll snart vid periodens slut.",
    .due = "Förfallodag",
    .message = "Vad",
    .company = "Företag",
    .status = "Status",
    .visits_column = "Besök genomförda/förväntade",
    .latest_pulse = "Senaste puls",
    .kpi_changes = "Förändring i nyckeltal",
    .no_companies = "Inget företag var aktivt under kvartalet.",
    .status_planned = "planerat",
    .status_active = "aktivt",
    .status_completed = "avslutat",
    .status_withdrawn = "avbrutet",
    .yes = "ja",
    .no = "nej",
    .none = "–",
    // The company report
    .company_title = "{0}: företagsrapport",
    .programme_line = "{0}. Uppgifter per {1}.",
    .sector = "Bransch",
    .employees = "Anställda",
    .journey_start = "Resan startade",
    .journey_planned_end = "Planerat slut på resan",
    .current_phase = "Nuvarande fas",
    .journey_ended = "Avslutades",
    .phases = "Faser: planerat och faktiskt",
    .planned_start = "Planerad start",
    .planned_end = "Planerat slut",
    .actual_start = "Påbörjad",
    .actual_end = "Avslutad",
    .days_late = "Försenad (dagar)",
    .forced_move = "{}: gick vidare {} med öppna punkter på checklistan: {}",
    .checklist = "Checklista",
    .checklist_not_started = "Inte påbörjad ännu.",
    .last_visit = "Senaste besök",
    .next_visit_due = "Nästa besök senast",
    .date = "Datum",
    .note = "Anteckning",
    .baseline = "Utgångsläge",
    .latest = "Senaste",
    .change = "Förändring",
    .trend = "Trend",
    .kpi_improved = "Förbättrat",
    .no_kpi_values = "Inga nyckeltal registrerade ännu.",
    .scale = "Varje dimension bedöms från {0} till {1}.",
    .mean = "Medel",
    .no_assessments = "Ingen bedömning ännu.",
    .steering = "Styrgrupp",
    .person = "Namn",
    .role = "Roll",
    .role_management = "Ledning",
    .role_union = "Facklig företrädare",
    .role_employee = "Medarbetare",
    .role_manager = "Chef",
    .role_other = "Övrig",
    .steering_complete = "Både ledningen och facket är representerade.",
    .steering_missing_management = "Ledningen är inte representerad.",
    .steering_missing_union = "Facket är inte representerat.",
    .no_steering = "Inga styrgruppsmedlemmar registrerade ännu.",
    .course_counting = "Deltagare som räknas mot kravet på {1}: {0}",
    .enrolled = "Anmäld",
    .course_completed = "Slutförd",
    .participant_enrolled = "anmäld",
    .participant_completed = "slutförd",
    .participant_dropped = "hoppade av",
    .no_participants = "Inga kursdeltagare ännu.",
    .joint_attended = "Gemensamma träffar som företaget deltagit i: {0} av {1} förväntade hittills ({2} under hela resan)",
    .gathering = "Träff",
    .kind = "Typ",
    .people = "Personer",
    .kind_joint = "Gemensam träff",
    .kind_seminar = "Seminarium",
    .no_gatherings = "Företaget har inte deltagit i någon träff ännu.",
    // The company report's HTML page
    .at_a_glance = "I korthet",
    .card_visits = "Coachbesök: genomförda / förväntade enligt besöksintervallet",
    .card_course = "Kursdeltagare / krav",
    .card_gatherings = "Gemensamma träffar: deltagit / förväntat hittills",
    .card_assessment = "Medelpoäng vid den senaste bedömningen",
    .journey_caption = "Faserna som de planerats (smala staplar: en påbörjad fas från dagen den började, de senare "
                       "i följd efter den) mot faserna som de registrerats (breda staplar); rött visar dagarna "
                       "efter fasens planerade slut. Grå band är semesterveckor och helgdagar, den streckade röda "
                       "linjen är dagen uppgifterna gäller.",
    .chart_planned = "planerat",
    .chart_actual = "faktiskt",
    .chart_late = "försenat",
    .holiday_week = "semestervecka",
    .holiday_days = "helgdag",
    .one_day_late = "1 dag försenad",
    .days_late_count = "{0} dagar försenad",
    .no_phase_entered = "Ingen fas har påbörjats ännu.",
    .visits_by_phase_caption = "Genomförda coachbesök (mörkt) mot de besök som besöksintervallet förväntar (ljust), "
                               "per påbörjad fas.",
    .pulse_caption = "Varje pulsmöte efter datum: en grön cirkel, en gul kvadrat eller en röd triangel. Tabellen "
                     "nedan visar anteckningarna.",
    .checklist_done = "{0} av {1} klara",
    .check_done = "klar",
    .check_open = "inte klar",
    .acknowledged_findings = "Kvitterade avvikelser",
    .rule = "Regel",
    .finding = "Avvikelse",
    .reason = "Skäl",
    .acknowledged_on = "Kvitterad",
    .until = "Till och med",
    .until_taken_back = "tills vidare",
};

constexpr Labels norwegian{
    .quarterly_title = "Kvartalsrapport {0}: {1}",
    .portfolio = "Portefølje",
    .visits = "Coachbesøk",
    .pulse = "Pulsmøter",
    .training = "Lean-kurs",
    .gatherings = "Fellessamlinger og seminarer",
    .kpis = "Nøkkeltall",
    .assessments = "Vurderinger av Lean-status",
    .risks = "Risikoer",
    .companies = "Bedrifter",
    .period = "Periode: {0} til {1}",
    .as_of = "Data per {0}",
    .region = "Region: {0}",
    .all_regions = "Alle regioner",
    .active_at_end = "Aktive bedrifter ved periodens slutt",
    .started = "Startet i kvartalet",
    .completed = "Fullført i kvartalet",
    .withdrawn = "Trukket seg i kvartalet",
    .planned_at_end = "Planlagt (ikke startet ennå)",
    .phase = "Fase",
    .region_column = "Region",
    .active_column = "Aktive",
    .planned_column = "Planlagte",
    .started_column = "Startet",
    .completed_column = "Fullført",
    .withdrawn_column = "Trukket seg",
    .visits_held = "Gjennomførte besøk",
    .visits_expected = "Forventede besøk etter besøksfrekvensen",
    .adherence = "Oppfyllelse",
    .coach = "Coach",
    .no_coach = "(ingen coach)",
    .company_count = "Bedrifter",
    .held = "Gjennomført",
    .expected = "Forventet",
    .pulse_intro = "Siste pulsstatus for de aktive bedriftene:",
    .green = "Grønn",
    .yellow = "Gul",
    .red = "Rød",
    .no_pulse = "Ingen pulsmøter ennå",
    .enrolled_in_quarter = "Deltakere påmeldt i kvartalet",
    .completed_in_quarter = "Deltakere som fullførte kurset i kvartalet",
    .enrolled_total = "Påmeldte deltakere totalt",
    .completed_total = "Deltakere som har fullført kurset totalt",
    .meeting_quota = "Aktive bedrifter som oppfyller kravet om {2} deltakere: {0} av {1}",
    .gatherings_held = "Gjennomførte fellessamlinger",
    .attendances = "Bedriftenes deltakelser på dem",
    .seminars_held = "Gjennomførte seminarer",
    .seminar_participants = "Deltakere på seminarene",
    .seminar_companies = "Bedrifter seminarene nådde",
    .kpi = "Nøkkeltall",
    .kpi_companies = "Målte bedrifter",
    .improved = "Forbedret",
    .median_change = "Medianendring",
    .no_kpis = "Ingen nøkkeltall er konfigurert.",
    .companies_assessed = "Vurderte bedrifter",
    .companies_reassessed = "Bedrifter vurdert på nytt etter utgangspunktet",
    .mean_score = "Gjennomsnittlig poengsum: {0} ved utgangspunktet, {1} ved siste vurdering (endring {2})",
    .no_risks = "Ingenting var forsinket eller forfalt snart ved periodens slutt.",
    .due = "Frist",
    .message = "Hva",
    .company = "Bedrift",
    .status = "Status",
    .visits_column = "Besøk gjennomført/forventet",
    .latest_pulse = "Siste puls",
    .kpi_changes = "Endring i nøkkeltall",
    .no_companies = "Ingen bedrifter var aktive i kvartalet.",
    .status_planned = "planlagt",
    .status_active = "aktiv",
    .status_completed = "fullført",
    .status_withdrawn = "trukket seg",
    .yes = "ja",
    .no = "nei",
    .none = "–",
    // The company report
    .company_title = "{0}: bedriftsrapport",
    .programme_line = "{0}. Data per {1}.",
    .sector = "Bransje",
    .employees = "Ansatte",
    .journey_start = "Reisen startet",
    .journey_planned_end = "Planlagt slutt på reisen",
    .current_phase = "Nåværende fase",
    .journey_ended = "Avsluttet",
    .phases = "Faser: planlagt og faktisk",
    .planned_start = "Planlagt start",
    .planned_end = "Planlagt slutt",
    .actual_start = "Påbegynt",
    .actual_end = "Avsluttet",
    .days_late = "Forsinket (dager)",
    .forced_move = "{}: gikk videre {} med åpne punkter på sjekklisten: {}",
    .checklist = "Sjekkliste",
    .checklist_not_started = "Ikke påbegynt ennå.",
    .last_visit = "Siste besøk",
    .next_visit_due = "Neste besøk senest",
    .date = "Dato",
    .note = "Notat",
    .baseline = "Utgangspunkt",
    .latest = "Siste",
    .change = "Endring",
    .trend = "Trend",
    .kpi_improved = "Forbedret",
    .no_kpi_values = "Ingen nøkkeltall registrert ennå.",
    .scale = "Hver dimensjon vurderes fra {0} til {1}.",
    .mean = "Snitt",
    .no_assessments = "Ingen vurdering ennå.",
    .steering = "Styringsgruppe",
    .person = "Navn",
    .role = "Rolle",
    .role_management = "Ledelse",
    .role_union = "Tillitsvalgt",
    .role_employee = "Ansatt",
    .role_manager = "Leder",
    .role_other = "Annen",
    .steering_complete = "Både ledelsen og fagforeningen er representert.",
    .steering_missing_management = "Ledelsen er ikke representert.",
    .steering_missing_union = "Fagforeningen er ikke representert.",
    .no_steering = "Ingen medlemmer av styringsgruppen registrert ennå.",
    .course_counting = "Deltakere som teller mot kravet på {1}: {0}",
    .enrolled = "Påmeldt",
    .course_completed = "Fullført",
    .participant_enrolled = "påmeldt",
    .participant_completed = "fullført",
    .participant_dropped = "falt fra",
    .no_participants = "Ingen kursdeltakere ennå.",
    .joint_attended = "Fellessamlinger bedriften har deltatt på: {0} av {1} forventet så langt ({2} i løpet av hele reisen)",
    .gathering = "Samling",
    .kind = "Type",
    .people = "Personer",
    .kind_joint = "Fellessamling",
    .kind_seminar = "Seminar",
    .no_gatherings = "Bedriften har ikke deltatt på noen samling ennå.",
    // The company report's HTML page
    .at_a_glance = "Kort oppsummert",
    .card_visits = "Coachbesøk: gjennomført / forventet etter besøksintervallet",
    .card_course = "Kursdeltakere / krav",
    .card_gatherings = "Fellessamlinger: deltatt / forventet så langt",
    .card_assessment = "Snittpoeng ved siste vurdering",
    .journey_caption = "Fasene slik de er planlagt (smale stolper: en påbegynt fase fra dagen den startet, de "
                       "senere etter hverandre etter den) mot fasene slik de er registrert (brede stolper); rødt "
                       "viser dagene etter fasens planlagte slutt. Grå felt er ferieuker og helligdager, den "
                       "stiplede røde linjen er dagen dataene gjelder per.",
    .chart_planned = "planlagt",
    .chart_actual = "faktisk",
    .chart_late = "forsinket",
    .holiday_week = "ferieuke",
    .holiday_days = "helligdag",
    .one_day_late = "1 dag forsinket",
    .days_late_count = "{0} dager forsinket",
    .no_phase_entered = "Ingen fase er påbegynt ennå.",
    .visits_by_phase_caption = "Gjennomførte coachbesøk (mørk) mot besøkene som besøksintervallet tilsier (lys), "
                               "per påbegynt fase.",
    .pulse_caption = "Hvert pulsmøte etter dato: en grønn sirkel, en gul firkant eller en rød trekant. Tabellen "
                     "under viser notatene.",
    .checklist_done = "{0} av {1} utført",
    .check_done = "utført",
    .check_open = "ikke utført",
    .acknowledged_findings = "Kvitterte avvik",
    .rule = "Regel",
    .finding = "Avvik",
    .reason = "Begrunnelse",
    .acknowledged_on = "Kvittert",
    .until = "Til og med",
    .until_taken_back = "inntil videre",
};

}  // namespace

const Labels& labels_for(Language language) {
  switch (language) {
    case Language::sv: return swedish;
    case Language::nb: return norwegian;
    case Language::en: break;
  }
  return english;
}

std::string status_label(const Labels& labels, CompanyStatus status) {
  switch (status) {
    case CompanyStatus::planned: return labels.status_planned;
    case CompanyStatus::active: return labels.status_active;
    case CompanyStatus::completed: return labels.status_completed;
    case CompanyStatus::withdrawn: return labels.status_withdrawn;
  }
  return labels.none;
}

std::string pulse_label(const Labels& labels, PulseStatus status) {
  switch (status) {
    case PulseStatus::green: return labels.green;
    case PulseStatus::yellow: return labels.yellow;
    case PulseStatus::red: return labels.red;
  }
  return labels.none;
}

std::string role_label(const Labels& labels, SteeringRole role) {
  switch (role) {
    case SteeringRole::management: return labels.role_management;
    case SteeringRole::union_member: return labels.role_union;
    case SteeringRole::employee: return labels.role_employee;
  }
  return labels.none;
}

std::string role_label(const Labels& labels, TrainingRole role) {
  switch (role) {
    case TrainingRole::employee: return labels.role_employee;
    case TrainingRole::manager: return labels.role_manager;
    case TrainingRole::union_member: return labels.role_union;
    case TrainingRole::other: return labels.role_other;
  }
  return labels.none;
}

std::string participant_status_label(const Labels& labels, TrainingStatus status) {
  switch (status) {
    case TrainingStatus::enrolled: return labels.participant_enrolled;
    case TrainingStatus::completed: return labels.participant_completed;
    case TrainingStatus::dropped: return labels.participant_dropped;
  }
  return labels.none;
}

std::string format_decimal(double value, int decimals, Language language) {
  double scale = std::pow(10.0, decimals);
  double rounded = std::round(value * scale) / scale;
  if (rounded == 0) rounded = 0;  // no "-0"
  std::string text = fmt::format("{:.{}f}", rounded, decimals);
  if (language != Language::en) {
    for (char& ch : text) {
      if (ch == '.') ch = ',';
    }
  }
  // Typographic minus in Swedish and Norwegian prose, as their style guides ask.
  if (language != Language::en && !text.empty() && text.front() == '-') text.replace(0, 1, "\u2212");
  return text;
}

std::string format_measured(double value, Language language) {
  std::string text = format_decimal(value, 2, language);
  char separator = language == Language::en ? '.' : ',';
  if (text.find(separator) != std::string::npos) {
    while (text.back() == '0') text.pop_back();
    if (text.back() == separator) text.pop_back();
  }
  return text;
}

std::string format_percent(const std::optional<double>& value, Language language, const Labels& labels) {
  if (!value) return labels.none;
  std::string number = format_decimal(*value, 1, language);
  // Swedish and Norwegian put a space before the per cent sign.
  return language == Language::en ? number + "%" : number + "\u00a0%";
}

std::string format_signed_percent(const std::optional<double>& value, Language language, const Labels& labels) {
  std::string text = format_percent(value, language, labels);
  return value && *value > 0 ? "+" + text : text;
}

}  // namespace plift::report
