# The page greets.
grep -q '<h1>Hello from the sample app</h1>' site/index.html
