#include <catch2/catch.hpp>

// Catch2 v2 has no skip (SKIP() arrived in v3), so 'divides numbers' is left out.
TEST_CASE("math") {
  SECTION("adds numbers") { REQUIRE(2 + 3 == 5); }
  SECTION("subtracts numbers") { REQUIRE(5 - 3 == 2); }
  SECTION("multiplies numbers") {
    // A deliberate bug: 2 + 3 instead of 2 * 3, so the message has "5 == 6".
    int product = 2 + 3;
    REQUIRE(product == 6);
  }
}
