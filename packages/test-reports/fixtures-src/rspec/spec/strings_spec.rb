RSpec.describe "strings" do
  it "uppercases" do
    expect("abc".upcase).to eq("ABC")
  end

  it "throws unexpectedly" do
    raise ArgumentError, "boom"
  end

  it "pending feature" do
    pending "not implemented"
    expect(1).to eq(2)
  end

  it "is a todo"
end
