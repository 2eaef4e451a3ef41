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

}  // namespace plift::report
