# The image serves the site from /srv/www on an empty base.
grep -q '^FROM scratch' Containerfile && grep -q '^COPY site/ /srv/www/' Containerfile
