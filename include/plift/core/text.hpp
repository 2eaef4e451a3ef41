#pragma once
// What text plift stores, and how text that did not pass through that check
// (a database written by an older plift or by hand) is shown safely.
//
// The policy: every text is UTF-8 (no overlong forms, surrogates or code
// points past U+10FFFF) and holds no control character — C0 (U+0000..U+001F),
// DEL (U+007F) or C1 (U+0080..U+009F) — which could move a terminal's cursor,
// recolour it or end a line a reader does not expect. Free text (notes and
// reasons) may also hold tabs and line breaks (LF, CR).

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace plift {

enum class TextKind {
  line,       // names, titles, keys, places, options: one line of printable text
  free_text,  // notes and reasons: tabs and line breaks too
};

// Length of the well-formed UTF-8 sequence at text[at] (1 to 4), or 0 when
// the bytes there are not one: a stray continuation byte, an overlong form,
// a surrogate, a code point past U+10FFFF or a sequence cut short.
std::size_t utf8_sequence_length(std::string_view text, std::size_t at);

// Why `text` is not a `kind` text plift stores, or nullopt when it is:
// "holds the control character U+001B (ESC) at character 2: 'a\x1Bb'; plift
// keeps text as UTF-8 without control characters" — to follow what names it.
std::optional<std::string> text_problem(std::string_view text, TextKind kind);

// Throws UsageError "WHAT <problem>; …" when text_problem finds one.
void require_storable_text(std::string_view text, std::string_view what, TextKind kind);

// The text as a message can quote it: every control character (also line
// breaks) and every byte that is not UTF-8 written as \xNN, cut after
// `max_characters` characters with "…".
std::string visible_text(std::string_view text, std::size_t max_characters = 60);

// The text on one line of a terminal or a mail: a line break ("\r\n" counts
// as one) or any other control character becomes a space, a byte that is not
// UTF-8 becomes U+FFFD.
std::string one_line(std::string_view text);

// A person's name as plift keeps it: without blanks around it, and each run
// of blanks inside it one space ("Ola  Nordmann " → "Ola Nordmann").
std::string normalize_person_name(std::string_view name);

// Whether two names name the same person: the same once normalized, without
// regard to case (ASCII and the Latin letters of Nordic names, Å/å, Ø/ø, …).
bool same_person_name(std::string_view a, std::string_view b);

}  // namespace plift
