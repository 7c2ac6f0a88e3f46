# The page declares its language and encoding.
grep -q '<html lang="en">' site/index.html && grep -q '<meta charset="utf-8"' site/index.html
