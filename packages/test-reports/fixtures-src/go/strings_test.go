package fixture

import (
	"os"
	"strings"
	"testing"
)

// Go has no todo, so 'pending feature' is left out.

func TestUppercases(t *testing.T) {
	if got := strings.ToUpper("abc"); got != "ABC" {
		t.Errorf("expected ABC, got %s", got)
	}
}

// Fails on the first run and passes on the rerun: the counter file is deleted before each
// report is generated.
func TestEventuallyPasses(t *testing.T) {
	const counter = "eventually.count"
	if _, err := os.Stat(counter); err != nil {
		if err := os.WriteFile(counter, []byte("1"), 0o644); err != nil {
			t.Fatal(err)
		}
		t.Fatal("first attempt fails")
	}
}

// A panic ends the whole test binary, so this test comes last.
func TestThrowsUnexpectedly(t *testing.T) {
	panic("boom")
}
