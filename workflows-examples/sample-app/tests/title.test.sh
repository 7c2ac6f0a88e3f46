# The page names the app.
grep -q '<title>shipchain sample app</title>' site/index.html
