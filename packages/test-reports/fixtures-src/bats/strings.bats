#!/usr/bin/env bats
# bats has no todo, so 'pending feature' is left out.

@test "uppercases" {
  [ "$(echo abc | tr a-z A-Z)" = "ABC" ]
}

@test "throws unexpectedly" {
  # Not an assertion: calling a command that does not exist ("boom: command not found").
  boom
}
