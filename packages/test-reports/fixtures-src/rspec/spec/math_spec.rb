RSpec.describe "math" do
  it "adds numbers" do
    expect(2 + 3).to eq(5)
  end

  it "subtracts numbers" do
    expect(5 - 3).to eq(2)
  end

  it "multiplies numbers" do
    # A deliberate bug: 2 + 3 instead of 2 * 3.
    product = 2 + 3
    expect(product).to eq(6)
  end

  it "divides numbers" do
    skip "not implemented"
  end
end
