use strict;
use warnings;
use Test::More;

is( uc('abc'), 'ABC', 'uppercases' );

# A die would end the whole script, so the throw is caught and reported as a failure.
ok( eval { die "boom\n"; 1 }, 'throws unexpectedly' ) or diag("died: $@");

TODO: {
    local $TODO = 'not implemented';
    ok( 0, 'pending feature' );
}

done_testing();
