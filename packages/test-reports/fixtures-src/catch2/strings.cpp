#include <catch2/catch.hpp>

#include <algorithm>
#include <cctype>
#include <stdexcept>
#include <string>

// Catch2 has no todo, so 'pending feature' is left out.
TEST_CASE("uppercases") {
  std::string s = "abc";
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::toupper(c); });
  REQUIRE(s == "ABC");
}

TEST_CASE("throws unexpectedly") { throw std::runtime_error("boom"); }
