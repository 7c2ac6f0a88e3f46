package fixture

import "testing"

func TestMath(t *testing.T) {
	t.Run("adds numbers", func(t *testing.T) {
		if got := 2 + 3; got != 5 {
			t.Errorf("expected 5, got %d", got)
		}
	})
	t.Run("subtracts numbers", func(t *testing.T) {
		if got := 5 - 3; got != 2 {
			t.Errorf("expected 2, got %d", got)
		}
	})
	t.Run("multiplies numbers", func(t *testing.T) {
		// A deliberate bug: 2 + 3 instead of 2 * 3.
		if got := 2 + 3; got != 6 {
			t.Errorf("expected 6, got %d", got)
		}
	})
	t.Run("divides numbers", func(t *testing.T) {
		t.Skip("not implemented")
	})
}
