import pytest


def test_uppercases():
    assert "abc".upper() == "ABC"


def test_throws_unexpectedly():
    raise TypeError("boom")


# pytest has no todo; 'pending feature' is left out. xfail/xpass stand in for it.
@pytest.mark.xfail(reason="known bug")
def test_expected_failure():
    assert 1 == 2


@pytest.mark.xfail(reason="fixed already", strict=False)
def test_unexpected_pass():
    assert 1 == 1


@pytest.mark.xfail(reason="fixed already", strict=True)
def test_unexpected_pass_strict():
    assert 1 == 1
