#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "plift/core/error.hpp"
#include "plift/core/keys.hpp"

using namespace plift;

TEST_CASE("derive_key folds Nordic and other Latin letters") {
  CHECK(derive_key("Brødrene Midthaug AS") == "brodrene-midthaug-as");
  CHECK(derive_key("Furnes Jernstøperi") == "furnes-jernstoperi");
  CHECK(derive_key("Åkerlunds Plåt & Smide AB") == "akerlunds-plat-smide-ab");
  CHECK(derive_key("ÆØÅ") == "aeoa");
  CHECK(derive_key("æøå äö") == "aeoa-ao");
  CHECK(derive_key("Övre Norrland") == "ovre-norrland");
  CHECK(derive_key("Café Économie") == "cafe-economie");
  CHECK(derive_key("Müller Straße") == "muller-strasse");
  CHECK(derive_key("Ñandú Façade") == "nandu-facade");
  CHECK(derive_key("ÀÁÂÄ àáâä ÈÉÊË ÌÍÎÏ ÒÓÔÖ ÙÚÛÜ") == "aaaa-aaaa-eeee-iiii-oooo-uuuu");
}

TEST_CASE("derive_key turns every other run into one dash, trimmed") {
  CHECK(derive_key("  --Weird__Name!! ") == "weird-name");
  CHECK(derive_key("123") == "123");
  CHECK(derive_key("ABC 123") == "abc-123");
  CHECK(derive_key("!!!") == "");
  CHECK(derive_key("") == "");
  CHECK(derive_key("a — b") == "a-b");        // em dash
  CHECK(derive_key("Smith & Søn 🏭") == "smith-son");
  CHECK(derive_key("a\xff" "b") == "a-b");    // malformed UTF-8 is a separator
  CHECK(derive_key("a\xc3") == "a");          // truncated sequence at the end
}

TEST_CASE("is_valid_key") {
  CHECK(is_valid_key("a"));
  CHECK(is_valid_key("brodrene-midthaug-as"));
  CHECK(is_valid_key("abc-123"));
  CHECK(is_valid_key(std::string(64, 'a')));
  CHECK_FALSE(is_valid_key(std::string(65, 'a')));
  CHECK_FALSE(is_valid_key(""));
  CHECK_FALSE(is_valid_key("-a"));
  CHECK_FALSE(is_valid_key("a-"));
  CHECK_FALSE(is_valid_key("-"));
  CHECK_FALSE(is_valid_key("Abc"));
  CHECK_FALSE(is_valid_key("a b"));
  CHECK_FALSE(is_valid_key("a_b"));
  CHECK_FALSE(is_valid_key("å"));
}

TEST_CASE("require_valid_key throws a usage error naming the key") {
  CHECK_NOTHROW(require_valid_key("foo-bar", "company key"));
  try {
    require_valid_key("Foo Bar", "company key");
    FAIL("expected a UsageError");
  } catch (const UsageError& e) {
    CHECK(std::string(e.what()) ==
          "invalid company key 'Foo Bar': use lower-case letters, digits and '-'");
    CHECK(e.status() == ExitStatus::usage);
  }
  CHECK_THROWS_AS(require_valid_key("", "--key"), UsageError);
  CHECK_THROWS_WITH_AS(require_valid_key(std::string(65, 'a'), "--key"),
                       ("invalid --key '" + std::string(65, 'a') + "': at most 64 characters")
                           .c_str(),
                       UsageError);
}

TEST_CASE("edit_distance") {
  CHECK(edit_distance("", "") == 0);
  CHECK(edit_distance("abc", "") == 3);
  CHECK(edit_distance("", "abc") == 3);
  CHECK(edit_distance("kitten", "sitting") == 3);
  CHECK(edit_distance("pilot", "pilto") == 2);
  CHECK(edit_distance("vision", "vision") == 0);
}

TEST_CASE("nearest and did_you_mean") {
  const std::vector<std::string> phases = {"vision", "pilot", "line"};
  CHECK(nearest("pilto", phases) == "pilot");
  CHECK(nearest("visoin", phases) == "vision");
  CHECK(nearest("lines", phases) == "line");
  CHECK(nearest("Pilot", phases) == "pilot");
  CHECK(nearest("xyz", phases) == "");
  CHECK(nearest("", phases) == "");
  CHECK(nearest("pilot", {}) == "");

  SUBCASE("a unique prefix wins even when far by edit distance") {
    CHECK(nearest("vis", phases) == "vision");
    CHECK(nearest("li", phases) == "line");
  }
  SUBCASE("an ambiguous prefix falls back to edit distance") {
    const std::vector<std::string> companies = {"brodrene-midthaug-as", "brodrene-berg-ab"};
    CHECK(nearest("brodrene", companies) == "");
    CHECK(nearest("brodrene-berg-ba", companies) == "brodrene-berg-ab");
  }
  SUBCASE("the limit grows with the word: max(2, size / 3)") {
    const std::vector<std::string> companies = {"furnes-jernstoperi"};
    CHECK(nearest("furnes-jernstperi", companies) == "furnes-jernstoperi");
    CHECK(nearest("furnez-jarnstaperi", companies) == "furnes-jernstoperi");  // 3 edits, limit 6
    CHECK(nearest("fornez-jarnstapiry", companies) == "furnes-jernstoperi");  // 6 edits
    CHECK(nearest("fornez-jarnztapiry", companies) == "");                    // 7 edits
  }
  SUBCASE("rewriting every character is not a typo") {
    CHECK(nearest("ab", {"xy"}) == "");
    CHECK(nearest("a", {"b"}) == "");
  }
  SUBCASE("ties go to the first candidate") {
    CHECK(nearest("lime", {"line", "lima"}) == "line");
  }

  CHECK(did_you_mean("pilto", phases) == " (did you mean 'pilot'?)");
  CHECK(did_you_mean("xyz", phases) == "");
}

TEST_CASE("join_list") {
  CHECK(join_list({}) == "");
  CHECK(join_list({"a"}) == "a");
  CHECK(join_list({"a", "b", "c"}) == "a, b, c");
  CHECK(join_list({"a", "b", "c"}, 3) == "a, b, c");
  CHECK(join_list({"a", "b", "c"}, 2) == "a, b, … (1 more)");
  CHECK(join_list({"a", "b", "c"}, 0) == "… (3 more)");
  std::vector<std::string> many;
  for (char c = 'a'; c <= 'n'; ++c) many.emplace_back(1, c);
  CHECK(join_list(many) == "a, b, c, d, e, f, g, h, i, j, k, l, … (2 more)");
}

TEST_CASE("display_width counts code points") {
  CHECK(display_width("") == 0);
  CHECK(display_width("plift") == 5);
  CHECK(display_width("Brødrene") == 8);
  CHECK(display_width("ÆØÅ") == 3);
  CHECK(display_width("…") == 1);
  CHECK(display_width("🏭") == 1);
}

TEST_CASE("derive_key keeps a long name's key within 64 characters") {
  std::string long_name;
  for (int i = 0; i < 20000; ++i) long_name += "Long ";
  std::string key = derive_key(long_name);
  CHECK(key.size() <= 64);
  CHECK(is_valid_key(key));
  CHECK(key == "long-long-long-long-long-long-long-long-long-long-long-long-long");
  CHECK(derive_key(std::string(100, 'x')) == std::string(64, 'x'));
  CHECK(derive_key("Aktiebolaget Svenska Kullagerfabriken Industri och Handel i Östra Svealand") ==
        "aktiebolaget-svenska-kullagerfabriken-industri-och-handel-i");
}
