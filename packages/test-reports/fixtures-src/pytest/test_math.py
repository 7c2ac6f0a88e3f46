import pytest


class TestMath:
    def test_adds_numbers(self):
        assert 2 + 3 == 5

    def test_subtracts_numbers(self):
        assert 5 - 3 == 2

    def test_multiplies_numbers(self):
        # A deliberate bug: 2 + 3 instead of 2 * 3, so the message has "assert 5 == 6".
        product = 2 + 3
        assert product == 6

    @pytest.mark.skip(reason="not implemented")
    def test_divides_numbers(self):
        assert 6 / 3 == 2
